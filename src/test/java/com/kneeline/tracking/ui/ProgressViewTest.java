package com.kneeline.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.kneeline.KaribuTest;
import com.kneeline.Journey;
import com.kneeline.TestClock;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.assessment.ui.AssessmentDetailView;
import com.kneeline.assessment.ui.AssessmentWizardView;
import com.kneeline.base.ui.ChartPanel;
import com.kneeline.content.ContentService;
import com.kneeline.home.ui.HomeView;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.ReassessmentService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The check-in card on home, the comparison of measures with their real-change wording, charts and the interval. */
@Import(TestClock.class)
class ProgressViewTest extends KaribuTest {

    @Autowired
    TestClock.Movable clock;
    @Autowired
    Journey journey;
    @Autowired
    ReassessmentService reassessments;
    @Autowired
    ContentService content;

    private static int people;
    private final Answers profile = AssessmentProfiles.motorControlOnly();

    @BeforeEach
    void signIn() {
        clock.set(TestClock.MONDAY);
        String email = "progress" + (++people) + "@example.com";
        journey.register(email, "Pia", Role.INDIVIDUAL);
        login(email, "INDIVIDUAL");
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    /** The baseline (knee-to-wall 12 cm both sides), then a check-in two weeks later with the given left and right. */
    private long baselineAndCheckIn(String left, String right) {
        Assessments.complete(journey.assessments(), profile);
        clock.plusDays(14);
        return Assessments.complete(journey.assessments(), Assessments.with(Assessments.with(profile, "knee-to-wall-cm",
                Side.LEFT, left), "knee-to-wall-cm", Side.RIGHT, right));
    }

    @Test
    void withOnlyTheFirstAssessmentThereIsNothingToCompareYet() {
        Assessments.complete(journey.assessments(), profile);
        UI.getCurrent().navigate(ProgressView.class);

        assertThat(text("progress-empty")).contains("Nothing to compare yet").contains("After your first check-in");
        assertThat(_find(ChartPanel.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("progress-start")));
        assertThat(currentView()).isInstanceOf(AssessmentWizardView.class);
    }

    @Test
    void aChangeSmallerThanTheRealChangeIsNoRealChangeAndNeverImproved() {
        double realChange = content.catalogue().measure("knee-to-wall").orElseThrow().realChange();
        assertThat(realChange).isGreaterThan(1).isLessThan(2);
        baselineAndCheckIn("13", "14");
        UI.getCurrent().navigate(ProgressView.class);

        assertThat(text("measure-knee-to-wall")).contains("Changes under 1.9 cm are within measurement error.");
        assertThat(text("change-knee-to-wall-left")).contains("12 cm → 13 cm")
                .contains("Since your first assessment: no real change (up 1 cm, within measurement error)")
                .doesNotContainIgnoringCase("improved");
        assertThat(text("change-knee-to-wall-right")).contains("Since your first assessment: improved by 2 cm.");
        // two assessments: the previous one is the baseline, so there is no separate "since previous"
        assertThat(text("change-knee-to-wall-left")).doesNotContain("previous check-in");
        assertThat(_find(Paragraph.class, spec -> spec.withId("progress-empty"))).isEmpty();
    }

    @Test
    void aLaterCheckInIsComparedWithTheFirstAndThePreviousOne() {
        baselineAndCheckIn("14", "12");
        clock.plusDays(14);
        Assessments.complete(journey.assessments(), Assessments.with(profile, "knee-to-wall-cm", Side.LEFT, "15"));
        UI.getCurrent().navigate(ProgressView.class);

        assertThat(text("progress-dates")).contains("First assessment 2 Mar 2026").contains("previous check-in 16 Mar 2026")
                .contains("latest 30 Mar 2026");
        assertThat(text("change-knee-to-wall-left")).contains("12 cm → 14 cm → 15 cm")
                .contains("Since your first assessment: improved by 3 cm.")
                .contains("Since your previous check-in: no real change (up 1 cm, within measurement error).");
    }

    @Test
    void eachNumericMeasureHasAChartPerSideWithTheNoRealChangeBandAndATextAlternative() {
        baselineAndCheckIn("13", "14");
        UI.getCurrent().navigate(ProgressView.class);

        ChartPanel left = _get(ChartPanel.class, spec -> spec.withId("chart-knee-to-wall-left"));
        String config = _get(left, com.vaadin.flow.component.Component.class,
                spec -> spec.withClasses("kl-chart")).getElement().getAttribute("config");
        assertThat(config).contains("\"fill\":\"+1\"").contains("[13.9,13.9]").contains("[12.0,13.0]");
        assertThat(left.getElement().getTextRecursively()).contains("2 Mar 2026 (first assessment): 12 cm")
                .contains("16 Mar 2026: 13 cm").contains("No real change: between 10.1 cm and 13.9 cm");
        assertThat(_find(ChartPanel.class, spec -> spec.withId("chart-knee-to-wall-right"))).hasSize(1);
        assertThat(_find(ChartPanel.class, spec -> spec.withId("chart-single-leg-squat-left"))).isEmpty();
    }

    @Test
    void aMeasureFirstTakenAtACheckInIsNotComparedOrCharted() {
        Assessments.complete(journey.assessments(), profile);
        clock.plusDays(14);
        Assessments.complete(journey.assessments(), Assessments.with(Assessments.with(profile, "sls-fppa-degrees", Side.LEFT,
                "12"), "sls-fppa-degrees", Side.RIGHT, "10"));
        UI.getCurrent().navigate(ProgressView.class);

        assertThat(_find(Card.class, spec -> spec.withId("measure-knee-to-wall"))).hasSize(1);
        assertThat(_find(Card.class, spec -> spec.withId("measure-fppa"))).isEmpty();
        assertThat(_find(ChartPanel.class, spec -> spec.withId("chart-fppa-left"))).isEmpty();
    }

    @Test
    void anotherPersonsMeasuresAreNotFound() {
        baselineAndCheckIn("13", "14");
        long me = journey.accounts().findByEmail("progress" + people + "@example.com").orElseThrow().id();
        journey.accounts().register(new RegistrationForm("progress-other" + people + "@example.com", "Otto",
                "a long enough pass", Role.INDIVIDUAL));
        long other = journey.accounts().findByEmail("progress-other" + people + "@example.com").orElseThrow().id();

        assertThat(reassessments.progress(me).changes()).isNotEmpty();
        assertThatThrownBy(() -> reassessments.progress(other)).isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void homeSaysACheckInIsDueNowAndItsButtonStartsTheCheckIn() {
        Assessments.complete(journey.assessments(), profile);
        int weeks = content.catalogue().referral().reassessment().defaultIntervalWeeks();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text("reassessment-state")).isEqualTo("Next check-in due on Monday 30 March.");

        clock.set(LocalDate.of(2026, 3, 2).plusWeeks(weeks).atTime(8, 0).toInstant(ZoneOffset.UTC));
        UI.getCurrent().navigate(ProgressView.class); // away and back: home is built anew
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text("reassessment-state")).isEqualTo("Your check-in is due now.");
        _click(_get(Button.class, spec -> spec.withId("reassessment-start")));
        assertThat(currentView()).isInstanceOf(AssessmentWizardView.class);
    }

    @Test
    void homeSaysSinceWhenACheckInIsOverdue() {
        Assessments.complete(journey.assessments(), profile);
        var rules = content.catalogue().referral().reassessment();
        clock.set(LocalDate.of(2026, 3, 2).plusWeeks(rules.defaultIntervalWeeks()).plusDays(rules.dueWindowDays())
                .atTime(8, 0).toInstant(ZoneOffset.UTC));
        UI.getCurrent().navigate(HomeView.class);

        assertThat(text("reassessment-state")).isEqualTo("Your check-in is overdue since Monday 30 March.");
    }

    @Test
    void anIntervalOutsideTheAllowedRangeIsExplainedNextToTheFieldAndNotSaved() {
        var allowed = reassessments.allowedIntervalWeeks();
        UI.getCurrent().navigate(ProgressView.class);
        IntegerField weeks = _get(IntegerField.class, spec -> spec.withId("interval-weeks"));
        assertThat(weeks.getValue()).isEqualTo(content.catalogue().referral().reassessment().defaultIntervalWeeks());

        _setValue(weeks, allowed.max() + 4);
        _click(_get(Button.class, spec -> spec.withId("interval-save")));
        assertThat(weeks.isInvalid()).isTrue();
        assertThat(weeks.getErrorMessage()).isEqualTo("Choose between " + allowed.min() + " and " + allowed.max() + " weeks.");
        assertThat(reassessments.intervalWeeks()).isEqualTo(content.catalogue().referral().reassessment().defaultIntervalWeeks());

        _setValue(weeks, allowed.max());
        _click(_get(Button.class, spec -> spec.withId("interval-save")));
        assertThat(weeks.isInvalid()).isFalse();
        assertThat(reassessments.intervalWeeks()).isEqualTo(allowed.max());
    }

    @Test
    void theFindingsOfACheckInLinkToTheComparisonButThoseOfTheFirstAssessmentDoNot() {
        long first = Assessments.complete(journey.assessments(), profile);
        clock.plusDays(14);
        long checkIn = Assessments.complete(journey.assessments(), profile);

        UI.getCurrent().navigate(AssessmentDetailView.class, new com.vaadin.flow.router.RouteParameters("assessmentId",
                String.valueOf(first)));
        assertThat(_find(Button.class, spec -> spec.withId("compare-with-before"))).isEmpty();

        UI.getCurrent().navigate(AssessmentDetailView.class, new com.vaadin.flow.router.RouteParameters("assessmentId",
                String.valueOf(checkIn)));
        _click(_get(Button.class, spec -> spec.withId("compare-with-before")));
        assertThat(currentView()).isInstanceOf(ProgressView.class);
        assertThat(_find(Card.class, spec -> spec.withId("measure-knee-to-wall"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("change-knee-to-wall-left"))).hasSize(1);
    }
}
