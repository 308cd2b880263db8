package com.kneeline.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.kneeline.tracking.Training;
import com.kneeline.tracking.Assessments;
import com.kneeline.Journey;
import com.kneeline.TestClock;
import com.kneeline.KaribuTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.home.ui.HomeView;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.SessionDetails;
import com.kneeline.tracking.SessionNotFoundException;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.Flag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The tracker as a person uses it: log a session, check in the next morning, get flagged, acknowledge. */
@Import(TestClock.class)
class TrackerFlowTest extends KaribuTest {

    static final Instant MONDAY = TestClock.MONDAY;

    @Autowired
    TestClock.Movable clock;
    @Autowired
    Journey journey;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    com.kneeline.content.ContentService content;

    private static int people;

    @BeforeEach
    void programme() {
        clock.set(MONDAY);
        String email = "tracker" + (++people) + "@example.com";
        journey.register(email, "Tia", Role.INDIVIDUAL);
        login(email, "INDIVIDUAL");
        Answers profile = AssessmentProfiles.motorControlOnly();
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, Set.of(), 30, 3, null);
        long id = Assessments.complete(journey.assessments(), profile, about);
        journey.programmes().createFromAssessment(id);
    }

    private void nextDay() {
        clock.plus(Duration.ofDays(1));
    }

    private List<Button> doneButtons() {
        return _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("done-")).toList();
    }

    private String whatChangesNext() {
        return _get(Div.class, spec -> spec.withId("what-changes-next")).getElement().getTextRecursively();
    }

    /** Logs the next session through the service with every set at the target and the given pain. */
    private SessionDetails logAll(int pain) {
        return Training.logAtTarget(tracker, tracker.todays().nextSession(tracker.me()).orElseThrow(), pain);
    }

    @Test
    void aWholeSessionLogsWithOneTapPerSetAndSaysWhatChangesNextTime() {
        UI.getCurrent().navigate(TodayView.class);
        PlannedSession planned = tracker.todays().nextSession(tracker.me()).orElseThrow();
        int sets = planned.items().stream().mapToInt(PlannedSession.Item::sets).sum();
        assertThat(doneButtons()).hasSize(sets);

        doneButtons().forEach(b -> _click(b));
        _click(_get(Button.class, spec -> spec.withId("save-session")));

        assertThat(_get(Div.class, spec -> spec.withId("today-done")).getElement().getTextRecursively())
                .contains(planned.items().size() + " of " + planned.items().size() + " exercises done");
        // Until the next morning's check-in, the content's pain rule holds every exercise where it is: said once.
        assertThat(tracker.todays().whatChangesNext(tracker.me())).containsExactly(com.kneeline.tracking.TodaysSessionService.WAITING);
        assertThat(whatChangesNext()).contains("Waiting for your morning check-in").doesNotContain("stay at");
        assertThat(tracker.trainingHistory().history(tracker.me(), org.springframework.data.domain.Pageable.ofSize(10)).getContent())
                .singleElement().satisfies(s -> {
                    assertThat(s.exercisesDone()).isEqualTo(planned.items().size());
                    assertThat(s.maxPain()).isZero();
                    assertThat(s.tracking()).isEqualTo("Good");
                });
        assertThat(tracker.todays().nextSession(tracker.me())).hasValueSatisfying(next -> assertThat(next.today()).isFalse());
    }

    @Test
    void theNextMorningsCheckInOnTheHomeScreenProgressesTheExercises() {
        logAll(1);
        nextDay();
        UI.getCurrent().navigate(HomeView.class);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("check-in-settled")), "Yes");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("check-in-limited")), "No");
        _click(_get(Button.class, spec -> spec.withId("check-in-save")));

        assertThat(tracker.checkIns().pendingCheckIn(tracker.me())).isEmpty();
        UI.getCurrent().navigate(TodayView.class);
        assertThat(_find(Div.class, spec -> spec.withId("check-in"))).isEmpty();
        assertThat(tracker.todays().whatChangesNext(tracker.me())).anyMatch(s -> s.contains("→") && s.contains("because you did"));
        // the next session starts from the progressed prescriptions
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().items()).anyMatch(i ->
                i.prescription().target() > i.prescription().rangeMin()
                        || !i.slotId().equals(i.prescription().exerciseId()));
        assertThatThrownBy(() -> tracker.checkIns().checkIn(tracker.me(), true, false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void painOverTheLimitInSeveralSessionsRaisesAPersistentPainFlagOnHomeUntilRead() {
        var rule = content.catalogue().referral().persistentPain();
        assertThat(rule.painAbove()).isLessThan(7);
        for (int i = 0; i < rule.sessions(); i++) {
            SessionDetails logged = logAll(7);
            assertThat(logged.decisions()).anyMatch(s -> s.contains("pain reached 7/10"));
            nextDay();
        }
        List<OpenFlag> open = tracker.referralFlags().openFlags(tracker.me());
        assertThat(open).extracting(OpenFlag::kind).contains(Flag.Kind.PERSISTENT_PAIN);
        OpenFlag flag = open.stream().filter(f -> f.kind() == Flag.Kind.PERSISTENT_PAIN).findFirst().orElseThrow();

        UI.getCurrent().navigate(HomeView.class);
        String shown = _get(Div.class, spec -> spec.withId("flag-" + flag.id())).getElement().getTextRecursively();
        assertThat(shown).contains(flag.seen()).contains(flag.whyItMatters()).contains(flag.professional())
                .contains("above " + rule.painAbove() + "/10 in " + rule.sessions() + " sessions");
        _setValue(_get(TextArea.class, spec -> spec.withId("flag-note-" + flag.id())), "Physio booked");
        _click(_get(Button.class, spec -> spec.withId("acknowledge-" + flag.id())));

        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::id).doesNotContain(flag.id());
        assertThat(_find(Div.class, spec -> spec.withId("flag-" + flag.id()))).isEmpty();
        assertThatThrownBy(() -> tracker.referralFlags().acknowledge(tracker.me(), flag.id(), null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSessionCanBeCorrectedWithinTheWindowOnly() {
        SessionDetails logged = logAll(1);
        ExerciseLog first = logged.exercises().getFirst();
        ExerciseLog skipped = ExerciseLog.skipped(first.exerciseId(), first.side(), "knee sore");
        clock.plus(com.kneeline.tracking.SessionLogService.EDIT_WINDOW.minusMinutes(1));

        SessionDetails edited = tracker.sessionLog().editSession(tracker.me(), logged.id(), List.of(skipped));
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.exercises().getFirst().skipReason()).isEqualTo("knee sore");

        clock.plus(Duration.ofMinutes(2));
        assertThat(tracker.trainingHistory().session(tracker.me(), logged.id()).editable()).isFalse();
        assertThatThrownBy(() -> tracker.sessionLog().editSession(tracker.me(), logged.id(), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherPersonsSessionAndFlagAreNotFound() {
        long mine = logAll(1).id();
        journey.register("nosy.tracker" + people + "@example.com", "Nosy", Role.INDIVIDUAL);
        login("nosy.tracker" + people + "@example.com", "INDIVIDUAL");

        assertThatThrownBy(() -> tracker.trainingHistory().session(tracker.me(), mine)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> tracker.sessionLog().editSession(tracker.me(), mine, List.of())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> tracker.referralFlags().acknowledge(tracker.me(), mine, null)).isInstanceOf(SessionNotFoundException.class);
        assertThat(tracker.trainingHistory().historyCount(tracker.me())).isZero();
        assertThat(tracker.todays().nextSession(tracker.me())).isEmpty();
        UI.getCurrent().navigate(TodayView.class);
        assertThat(_get(Div.class, spec -> spec.withId("today-empty"))).isNotNull();
    }

    @Test
    void gettingHurtMidProgrammeRunsTheSafetyScreenAndPausesProgressionUntilCleared() {
        logAll(1);
        nextDay();
        tracker.checkIns().checkIn(tracker.me(), true, false);
        UI.getCurrent().navigate(TodayView.class);
        _click(_get(Button.class, spec -> spec.withId("report-change")));
        SafetyFlag acute = content.catalogue().safetyFlags().stream()
                .filter(f -> content.catalogue().referral().redFlags().stopExerciseAt().contains(f.level()))
                .findFirst().orElseThrow();
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("report-questions")), Set.of(acute));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-what")), "landed badly at netball");
        _click(_get(Button.class, spec -> spec.withId("report-send")));

        OpenFlag flag = tracker.referralFlags().openFlags(tracker.me()).getFirst();
        assertThat(flag.kind()).isEqualTo(Flag.Kind.RED_FLAG);
        assertThat(flag.stopsExercise()).isTrue();
        String shown = _get(Div.class, spec -> spec.withId("flag-" + flag.id())).getElement().getTextRecursively();
        assertThat(shown).contains(acute.question()).contains(acute.professional()).contains("do not exercise");
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().paused()).isTrue();

        // Logging still works, but nothing gets harder while the flag is open.
        logAll(0);
        nextDay();
        tracker.checkIns().checkIn(tracker.me(), true, false);
        assertThat(tracker.todays().whatChangesNext(tracker.me())).containsExactly("Your programme is paused until a professional has "
                + "cleared you to exercise: nothing gets harder meanwhile, but easier steps after pain or a caving knee "
                + "still apply.");

        UI.getCurrent().navigate(TodayView.class);
        assertThat(_get(Div.class, spec -> spec.withId("paused-until")).getElement().getTextRecursively())
                .contains("Nothing gets harder until a professional has cleared you to exercise");
        Button cleared = _get(Button.class, spec -> spec.withId("acknowledge-" + flag.id()));
        assertThat(cleared.getText()).isEqualTo("A professional has cleared me to exercise");
        _click(cleared);
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().paused()).isFalse();
    }

    @Test
    void reportingAChangeWithNoSafetyAnswerPausesUntilThePersonSaysTheKneeFeelsAsBefore() {
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withId("report-change")));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-what")), "sore after a long walk");
        _click(_get(Button.class, spec -> spec.withId("report-send")));

        assertThat(tracker.referralFlags().openFlags(tracker.me())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Flag.Kind.CHANGE_REPORTED);
            assertThat(f.seen()).contains("sore after a long walk");
        });
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().paused()).isTrue();
        assertThatThrownBy(() -> tracker.referralFlags().reportChange(tracker.me(), Set.of("no-such-question"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tracker.referralFlags().reportChange(tracker.me(), Set.of(), "x".repeat(com.kneeline.tracking.ReferralFlagService.REPORT_MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyChartsVolumeAndLoadOfAnExerciseDoneInSeveralSessionsWithATextAlternative() {
        for (int i = 0; i < 3; i++) {
            logAll(1);
            nextDay();
            tracker.checkIns().checkIn(tracker.me(), true, false);
            while (tracker.todays().nextSession(tracker.me()).map(s -> !s.today()).orElse(false)) {
                nextDay();
            }
        }
        List<com.kneeline.tracking.ExerciseTrend> trends = tracker.trainingHistory().exerciseTrends(tracker.me(), 84);
        assertThat(trends).isNotEmpty().allMatch(t -> t.points().size() >= 2);
        var first = trends.getFirst();

        UI.getCurrent().navigate(HistoryView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<com.kneeline.tracking.ExerciseTrend> pick =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("exercise-trend-pick"));
        assertThat(pick.getValue()).isEqualTo(first);
        String text = _get(Div.class, spec -> spec.withId("exercise-chart")).getElement().getTextRecursively();
        var p = first.points().getFirst();
        assertThat(text).contains(p.sets() + " sets, " + p.volume() + (first.timed() ? " seconds held" : " reps"));
    }

    @Test
    void aRuleThatKeepsFiringUpdatesItsOpenFlagInsteadOfStackingOnePerSession() {
        var rule = content.catalogue().referral().persistentPain();
        for (int i = 0; i < rule.sessions() + 2; i++) {
            logAll(7);
            nextDay();
        }
        assertThat(tracker.referralFlags().openFlags(tracker.me())).filteredOn(f -> f.kind() == Flag.Kind.PERSISTENT_PAIN).singleElement()
                .satisfies(f -> assertThat(f.seen()).contains("in " + (rule.sessions() + 2) + " sessions"));
    }

    @Test
    void anUnansweredCheckInQuestionSaysSoNextToItAndNothingIsSaved() {
        logAll(1);
        nextDay();
        UI.getCurrent().navigate(HomeView.class);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("check-in-settled")), "Yes");
        _click(_get(Button.class, spec -> spec.withId("check-in-save")));

        RadioButtonGroup<?> limited = _get(RadioButtonGroup.class, spec -> spec.withId("check-in-limited"));
        assertThat(limited.isInvalid()).isTrue();
        assertThat(limited.getErrorMessage()).isEqualTo("Please answer Yes or No.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("check-in-settled")).isInvalid()).isFalse();
        assertThat(tracker.checkIns().pendingCheckIn(tracker.me())).isPresent();
    }
}
