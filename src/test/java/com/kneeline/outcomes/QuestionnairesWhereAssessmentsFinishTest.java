package com.kneeline.outcomes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.Prom;
import com.kneeline.content.model.PromAnswer;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.Tracker;
import com.kneeline.tracking.Training;
import com.kneeline.tracking.engine.Flag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The questionnaires are asked where the baseline assessment and each check-in finish (their findings page), and a
 * check-in's answers decide the no-progress referral at once.
 */
class QuestionnairesWhereAssessmentsFinishTest extends CoachingTest {

    @Autowired
    OutcomesService outcomes;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    Tracker tracker;

    long baseline;

    @BeforeEach
    void baseline() {
        signIn(register("Robin", Role.INDIVIDUAL));
        baseline = assessment(AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), Set.of("band"), 45, 3).id();
        programmes.createFromAssessment(baseline);
    }

    private void answer(String promId, int index) {
        Prom p = outcomes.content().prom(promId).orElseThrow();
        Map<String, String> a = new LinkedHashMap<>();
        p.items().forEach(i -> a.put(i.id(), i.answers().get(Math.min(index, i.answers().size() - 1)).id()));
        outcomes.answer(promId, a);
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static void choose(String fieldId, int index) {
        RadioButtonGroup<PromAnswer> q = _get(RadioButtonGroup.class, spec -> spec.withId(fieldId));
        q.setValue(q.getListDataView().getItem(index));
    }

    @Test
    void theBaselinesFindingsPageAsksTheQuestionnairesAndSavesThemThere() {
        UI.getCurrent().navigate("assessments/" + baseline);

        assertThat(_get(Div.class, spec -> spec.withId("findings-questionnaires"))).isNotNull();
        assertThat(_get(Card.class, spec -> spec.withId("questionnaires")).getElement().getTextRecursively())
                .contains("Please answer these once now");
        assertThat(_find(Div.class, spec -> spec.withId("global-rating"))).as("nothing to compare with yet").isEmpty();
        Prom koos = outcomes.content().prom("koos-sport").orElseThrow();
        koos.items().forEach(i -> choose("prom-koos-sport-" + i.id(), 0));
        _click(_get(Button.class, spec -> spec.withId("prom-save-koos-sport")));

        assertThat(text("prom-koos-sport")).contains("KOOS Sport/Rec saved: 100 out of 100.");
        assertThat(outcomes.overview().proms()).filteredOn(s -> s.prom().id().equals("koos-sport")).singleElement()
                .satisfies(s -> assertThat(s.scores()).hasSize(1));
    }

    @Test
    void aCheckInsFindingsPageAsksThemAgainWithTheGlobalRatingAndAnOlderAssessmentOnlyLinks() {
        answer("kujala", 2);
        answer("koos-sport", 2);
        Training.followThePlan(tracker, clock, 28, 1);
        long checkIn = Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());

        UI.getCurrent().navigate("assessments/" + checkIn);
        assertThat(text("questionnaires")).contains("You have done a check-in: please answer them again.");
        choose("global-rating-answer", 5);
        _click(_get(Button.class, spec -> spec.withId("global-rating-save")));
        assertThat(text("global-rating")).contains("Rating saved:");

        UI.getCurrent().navigate("assessments/" + baseline);
        assertThat(_find(Div.class, spec -> spec.withId("findings-questionnaires"))).isEmpty();
        assertThat(text("findings-outcomes-link")).isEqualTo("your outcomes and hop tests");
    }

    @Test
    void atWeekSixACheckInWaitsForItsQuestionnairesWhichThenDecideTheReferralAtOnce() {
        answer("kujala", 2);
        answer("koos-sport", 2);
        Training.followThePlan(tracker, clock, 42, 1);
        Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        assertThat(tracker.referralFlags().openFlags(tracker.me())).as("the check-in's questionnaires are awaited").extracting(OpenFlag::kind)
                .doesNotContain(Flag.Kind.NO_PROGRESS);

        answer("kujala", 2);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::kind).contains(Flag.Kind.NO_PROGRESS);
    }

    @Test
    void anImprovementReportedAtTheWeekSixCheckInMeansNoReferral() {
        answer("kujala", 2);
        answer("koos-sport", 2);
        Training.followThePlan(tracker, clock, 42, 1);
        Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());

        answer("kujala", 0);
        answer("koos-sport", 0);
        Training.followThePlan(tracker, clock, 14, 1);

        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::kind).doesNotContain(Flag.Kind.NO_PROGRESS);
        assertThat(outcomes.overview().noProgress()).isNull();
    }

    @Test
    void questionnairesNotAnsweredWithinTheContentsWaitNoLongerHoldTheReferralBack() {
        // someone whose knee caves in the single-leg squat, so the squat can show progress (or not) by itself
        signIn(register("Sam", Role.INDIVIDUAL));
        programmes.createFromAssessment(assessment(AssessmentProfiles.motorControlOnly(), Set.of("band"), 45, 3).id());
        answer("kujala", 2);
        answer("koos-sport", 2);
        Training.followThePlan(tracker, clock, 42, 1);
        Assessments.complete(assessments, AssessmentProfiles.motorControlOnly());
        int wait = outcomes.content().gates().noProgress().questionnaireWaitDays();

        Training.followThePlan(tracker, clock, wait - 1, 1);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::kind).doesNotContain(Flag.Kind.NO_PROGRESS);
        // the next session after the wait judges on what there is
        Training.followThePlan(tracker, clock, 7, 1);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::kind).contains(Flag.Kind.NO_PROGRESS);
    }
}
