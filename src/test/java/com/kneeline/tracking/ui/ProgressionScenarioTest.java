package com.kneeline.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.kneeline.KaribuTest;
import com.kneeline.Journey;
import com.kneeline.TestClock;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.home.ui.HomeView;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.Flag;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.SetLog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Weeks of a programme on the test clock, as a person lives them: log on the planned days, answer the morning
 * check-in, and read on Today the dose of each exercise and why it changed. The person's assessment points at
 * stiff ankles and pronation (no caving knee on the form check), so the programme starts with a heel-elevated squat
 * in every session: its ladder goes down to a box squat and up to a loadable goblet squat.
 */
@Import(TestClock.class)
class ProgressionScenarioTest extends KaribuTest {

    static final String SQUAT = "heel-elevated-squat";

    @Autowired
    TestClock.Movable clock;
    @Autowired
    Journey journey;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    ContentService content;

    private static int people;

    @BeforeEach
    void programme() {
        clock.set(TestClock.MONDAY);
        String email = "scenario" + (++people) + "@example.com";
        journey.register(email, "Sam", Role.INDIVIDUAL);
        login(email, "INDIVIDUAL");
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "football", AboutYou.Goal.SPORT, Set.of("weights"), 60, 3,
                null);
        journey.programmes().createFromAssessment(Assessments.complete(journey.assessments(),
                AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), about));
        assertThat(tracker.todays().nextSession(tracker.me()).orElseThrow().items()).anyMatch(i -> i.slotId().equals(SQUAT));
    }

    // --- the person's days -----------------------------------------------------------------------------------------

    /** Moves to the next planned day, answering every morning's check-in (settled) on the way. */
    private PlannedSession nextPlannedDay() {
        while (tracker.todays().nextSession(tracker.me()).filter(PlannedSession::today).isEmpty() || tracker.todays().loggedToday(tracker.me()).isPresent()) {
            clock.plusDays(1);
            if (tracker.checkIns().pendingCheckIn(tracker.me()).isPresent()) {
                tracker.checkIns().checkIn(tracker.me(), true, false);
            }
        }
        return tracker.todays().nextSession(tracker.me()).orElseThrow();
    }

    /** Logs today's session: the squat slot as {@code squat} says, everything else at its target, RPE 7, no pain. */
    private void log(PlannedSession session, Function<PlannedSession.Item, List<SetLog>> squat) {
        tracker.sessionLog().logSession(tracker.me(), session.number(), session.items().stream().map(i -> ExerciseLog.done(
                i.prescription().exerciseId(), i.prescription().side(), i.slotId().equals(SQUAT) ? squat.apply(i)
                        : sets(i, i.prescription().target(), null, 0, KneeTracking.GOOD))).toList());
    }

    private static List<SetLog> sets(PlannedSession.Item i, int reps, Double kg, int pain, KneeTracking tracking) {
        return IntStream.range(0, i.sets()).mapToObj(n -> new SetLog(reps, kg, 7.0, pain, tracking)).toList();
    }

    private void logEverything(PlannedSession session, int pain) {
        tracker.sessionLog().logSession(tracker.me(), session.number(), session.items().stream().map(i -> ExerciseLog.done(
                i.prescription().exerciseId(), i.prescription().side(),
                sets(i, i.prescription().target(), i.prescription().loadKg(), pain, KneeTracking.GOOD))).toList());
    }

    /** Today as the person opens it. */
    private void openToday() {
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(TodayView.class);
    }

    private static String dose(String exerciseId) {
        return _get(Paragraph.class, spec -> spec.withId("dose-" + exerciseId)).getText();
    }

    private static String why(String exerciseId) {
        return _get(Paragraph.class, spec -> spec.withId("why-" + exerciseId)).getText();
    }

    private String name(String exerciseId) {
        return content.exercise(exerciseId).orElseThrow().name();
    }

    // --- the scenarios ---------------------------------------------------------------------------------------------

    @Test
    void steadyProgressClimbsToTheGobletSquatAndAddsLoadThenCavingTakesTheLoadBackDown() {
        // Monday: 3×12 on a 3×8 target, at RPE 7. Tuesday's check-in makes it final: the top of the range, so the
        // next step of the ladder.
        log(nextPlannedDay(), i -> sets(i, 12, null, 0, KneeTracking.GOOD));
        openToday();
        assertThat(tracker.todays().whatChangesNext(tracker.me())).contains(com.kneeline.tracking.TodaysSessionService.WAITING);
        PlannedSession wednesday = nextPlannedDay();
        openToday();
        assertThat(dose("goblet-squat")).isEqualTo("3 × 8 reps · effort up to RPE 8");
        assertThat(why("goblet-squat")).isEqualTo("Since your last session: Heel-elevated squat: 3×8 → Goblet squat"
                + " 3×8, because you did 3×12 at RPE 7 with good knee tracking.");
        NumberField load = _get(NumberField.class, spec -> spec.withId("load-all-goblet-squat"));
        assertThat(load.getHelperText()).isEqualTo(content.exercise("goblet-squat").orElseThrow().loadGuidance());
        assertThat(load.getValue()).isNull();

        // Wednesday: the person starts with 4 kg, 3×8. The load is kept and the reps go on from there.
        log(wednesday, i -> sets(i, 8, 4.0, 0, KneeTracking.GOOD));
        PlannedSession friday = nextPlannedDay();
        openToday();
        assertThat(dose("goblet-squat")).isEqualTo("3 × 9 reps with 4 kg · effort up to RPE 8");
        assertThat(why("goblet-squat")).endsWith("Goblet squat: 3×8 → 3×9 at 4 kg, because you did 3×8 at 4 kg at"
                + " RPE 7 with good knee tracking.");

        // Friday: 3×12 at 4 kg, the top of the range at the target effort: the content's load step.
        log(friday, i -> sets(i, 12, 4.0, 0, KneeTracking.GOOD));
        PlannedSession monday = nextPlannedDay();
        openToday();
        assertThat(dose("goblet-squat")).isEqualTo("3 × 8 reps with 4.5 kg · effort up to RPE 8");
        assertThat(why("goblet-squat")).endsWith("Goblet squat: 3×9 at 4 kg → 3×8 at 4.5 kg, because you did 3×12"
                + " at 4 kg at RPE 7 with good knee tracking.");

        // Monday: the knee caves in at 4.5 kg. The load comes down at once, no check-in needed, and Today says so.
        log(monday, i -> sets(i, 8, 4.5, 0, KneeTracking.CAVED));
        openToday();
        String cavedSentence = "Goblet squat: 3×8 at 4.5 kg → 3×8 at 4 kg, because your knee caved in at 4.5 kg, and a"
                + " movement is never loaded while it caves.";
        assertThat(_get(Div.class, spec -> spec.withId("what-changes-next")).getElement().getTextRecursively())
                .contains(cavedSentence).contains("Waiting for your morning check-in");
        nextPlannedDay();
        openToday();
        assertThat(dose("goblet-squat")).isEqualTo("3 × 8 reps with 4 kg · effort up to RPE 8");
        assertThat(why("goblet-squat")).endsWith(cavedSentence);
    }

    @Test
    void anUnloadedSquatThatCavesHoldsWithTheCueThenStepsDownAfterTheContentsNumberOfSessions() {
        int stepDown = content.catalogue().progression().formGate().cavingSessionsToStepDown();
        String cue = content.exercise(SQUAT).orElseThrow().cues().get(0);
        log(nextPlannedDay(), i -> sets(i, 8, null, 0, KneeTracking.CAVED));
        String hold = "Heel-elevated squat: stay at 3×8, because your knee caved in once; think: "
                + Character.toLowerCase(cue.charAt(0)) + cue.substring(1) + ".";
        assertThat(tracker.todays().whatChangesNext(tracker.me())).contains(hold);
        for (int n = 2; n <= stepDown; n++) {
            PlannedSession next = nextPlannedDay();
            openToday();
            assertThat(dose(SQUAT)).isEqualTo("3 × 8 reps · effort up to RPE 8");
            assertThat(why(SQUAT)).isEqualTo("Since your last session: " + hold);
            log(next, i -> sets(i, 8, null, 0, KneeTracking.CAVED));
        }
        nextPlannedDay();
        openToday();
        assertThat(_find(Paragraph.class, spec -> spec.withId("dose-" + SQUAT))).isEmpty();
        assertThat(dose("box-squat")).isEqualTo("3 × 10 reps · effort up to RPE 8");
        assertThat(why("box-squat")).isEqualTo("Since your last session: Heel-elevated squat: 3×8 → "
                + name("box-squat") + " 3×10, because your knee caved in " + stepDown + " sessions in a row; an easier"
                + " step lets you keep it over your foot.");
    }

    @Test
    void aPainSpikeRaisesAFlagThatPausesProgressUntilItIsReadThenProgressResumes() {
        int limit = content.catalogue().referral().persistentPain().sessions();
        int above = content.catalogue().referral().persistentPain().painAbove() + 1;
        for (int n = 0; n < limit; n++) {
            logEverything(nextPlannedDay(), above);
        }
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::kind).contains(Flag.Kind.PERSISTENT_PAIN);
        PlannedSession paused = nextPlannedDay();
        // The pain regressed the squat (down its ladder); from here on it is whatever step the slot is at.
        PlannedSession.Item squat = paused.items().stream().filter(i -> i.slotId().equals(SQUAT)).findFirst()
                .orElseThrow();
        String id = squat.prescription().exerciseId();
        int target = squat.prescription().target();
        openToday();
        assertThat(_get(Div.class, spec -> spec.withId("paused-until")).getElement().getTextRecursively())
                .contains("Nothing gets harder until you have read the notice at the top and marked it read.");
        String before = dose(id);
        assertThat(before).startsWith("3 × " + target + " reps");

        // A good session and a settled morning: still nothing gets harder, and Today says why, once.
        logEverything(paused, 0);
        PlannedSession afterPause = nextPlannedDay();
        assertThat(tracker.todays().whatChangesNext(tracker.me())).first().isEqualTo("Your programme is paused until you have read the"
                + " notice at the top and marked it read: nothing gets harder meanwhile, but easier steps after pain or"
                + " a caving knee still apply.");
        assertThat(tracker.todays().whatChangesNext(tracker.me())).noneMatch(s -> s.contains("→"));
        openToday();
        assertThat(dose(id)).isEqualTo(before);
        assertThat(_find(Paragraph.class, spec -> spec.withId("why-" + id))).isEmpty();

        // Reading the flag lifts the pause; the next good session progresses again.
        tracker.referralFlags().openFlags(tracker.me()).forEach(f -> tracker.referralFlags().acknowledge(tracker.me(), f.id(), "booked a physio"));
        openToday();
        assertThat(_find(Div.class, spec -> spec.withId("paused-until"))).isEmpty();
        logEverything(afterPause, 0);
        nextPlannedDay();
        String progressed = name(id) + ": 3×" + target + " → 3×" + (target + 1) + ", because you did 3×" + target
                + " at RPE 7 with good knee tracking.";
        assertThat(tracker.todays().whatChangesNext(tracker.me())).contains(progressed);
        openToday();
        assertThat(dose(id)).isEqualTo("3 × " + (target + 1) + " reps · effort up to RPE 8");
        assertThat(why(id)).isEqualTo("Since your last session: " + progressed);
    }
}
