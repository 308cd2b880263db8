package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.KneeTracking.CAVED;
import static com.kneeline.tracking.engine.KneeTracking.GOOD;
import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.tracking.engine.Decision.Kind;

/**
 * A simulated person trains three times a week for 8-12 weeks: a loop over dates, logging each planned session,
 * checking in the next morning, and applying the engines' decisions. No clock, no sleeping.
 */
class ScenarioTest {

    static final Set<DayOfWeek> DAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    static final ReferralFlags REFERRAL = new ReferralFlags(CATALOGUE);
    static final PhaseAdvance PHASES = new PhaseAdvance(CATALOGUE);
    static final String FIRST_PHASE = CATALOGUE.progression().phases().get(0).id();

    /** How the person does a set of an exercise on a day: pain, tracking and whether the morning pain settles. */
    interface Person {
        SetLog set(LocalDate day, ExercisePrescription p);

        default boolean settles(LocalDate day) {
            return true;
        }

        default List<String> redFlags(LocalDate day) {
            return List.of();
        }

        default Set<Side> formCheckCaving(LocalDate day) {
            return Set.of();
        }
    }

    static final class Sim {
        List<ExercisePrescription> current;
        final List<SessionLog> sessions = new ArrayList<>();
        final List<MorningCheckIn> checkIns = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<String> phases = new ArrayList<>();
        String phase = FIRST_PHASE;
        LocalDate phaseStart = START;
        ReferralFlags.Result flags = new ReferralFlags.Result(List.of());
        LocalDate pausedOn;

        Sim(List<ExercisePrescription> start) {
            current = start;
            phases.add(phase);
        }

        void run(Person person, int weeks, List<Answers> assessments,
                BiFunction<LocalDate, List<Answers>, List<Answers>> reassess) {
            LocalDate end = START.plusWeeks(weeks);
            List<LocalDate> planned = Adherence.plannedDates(DAYS, START, end);
            List<String> raised = new ArrayList<>();
            for (LocalDate d0 = START; d0.isBefore(end); d0 = d0.plusDays(1)) {
                final LocalDate day = d0;
                raised.addAll(person.redFlags(day));
                assessments = reassess.apply(day, assessments);
                flags = REFERRAL.evaluate(new ReferralInput(day, START, sessions, checkIns, raised,
                        planned.stream().filter(d -> d.isBefore(day)).toList(), assessments));
                if (flags.exercisePaused() && pausedOn == null) {
                    pausedOn = day;
                }
                LocalDate yesterday = day.minusDays(1);
                if (!sessions.isEmpty() && sessions.get(sessions.size() - 1).date().equals(yesterday)) {
                    checkIns.add(new MorningCheckIn(day, person.settles(yesterday), null));
                    var result = Tk.ENGINE.decide(new ProgressionInput(day, START, null, current,
                            sessions.get(sessions.size() - 1), checkIns, person.formCheckCaving(day),
                            flags.exercisePaused()));
                    decisions.addAll(result.decisions());
                    current = result.next();
                    var phaseResult = PHASES.evaluate(new PhaseInput(day, phase, phaseStart, sessions, checkIns,
                            planned.stream().filter(d -> !d.isBefore(phaseStart)).toList(),
                            person.formCheckCaving(day)));
                    if (phaseResult.advance()) {
                        phase = phaseResult.nextPhaseId();
                        phaseStart = day;
                        phases.add(phase);
                    }
                }
                if (DAYS.contains(day.getDayOfWeek()) && !flags.exercisePaused()) {
                    List<ExerciseLog> logs = new ArrayList<>();
                    for (ExercisePrescription p : current) {
                        List<SetLog> sets = new ArrayList<>();
                        for (int i = 0; i < p.sets(); i++) {
                            sets.add(person.set(day, p));
                        }
                        logs.add(ExerciseLog.done(p.exerciseId(), p.side(), sets));
                    }
                    sessions.add(new SessionLog(day, logs));
                }
            }
        }

        List<Decision> of(String exerciseLadder) {
            return decisions.stream().filter(d -> CATALOGUE.exercise(d.exerciseId()).orElseThrow().ladder()
                    .equals(exerciseLadder)).toList();
        }
    }

    static List<ExercisePrescription> programme() {
        return List.of(Tk.rx("goblet-squat", null, 3, 8, 8.0), Tk.rx("glute-bridge", null, 3, 10, null),
                Tk.rx("clamshell", Side.LEFT, 3, 12, null));
    }

    static SetLog good(ExercisePrescription p, int pain) {
        return new SetLog(p.target(), p.loadKg(), 7.0, pain, GOOD);
    }

    @Test
    void steadyProgressEndsWithLoadIncreasesAndAPhaseAdvance() {
        Sim sim = new Sim(programme());
        sim.run((day, p) -> good(p, 1), 10, List.of(), (d, a) -> a);
        ExercisePrescription squat = sim.current.stream().filter(p -> p.exerciseId().equals("goblet-squat"))
                .findFirst().orElseThrow();
        assertThat(squat.loadKg()).isGreaterThan(8.0);
        assertThat(sim.of("squat")).extracting(Decision::kind).contains(Kind.PROGRESS_LOAD, Kind.PROGRESS_REPS,
                Kind.DELOAD).doesNotContain(Kind.REGRESS_LOAD, Kind.MOVE_DOWN_LADDER);
        assertThat(sim.current).extracting(ExercisePrescription::exerciseId).doesNotContain("glute-bridge");
        assertThat(sim.phases).hasSizeGreaterThan(1).startsWith(FIRST_PHASE);
        assertThat(sim.flags.flags()).isEmpty();
    }

    @Test
    void aPainSpikeRegressesThenTheProgrammeRecovers() {
        LocalDate spike = START.plusWeeks(3).plusDays(2);
        Sim sim = new Sim(programme());
        sim.run((day, p) -> good(p, day.equals(spike) ? 7 : 1), 10, List.of(), (d, a) -> a);
        List<Decision> squat = sim.of("squat");
        int regress = indexOf(squat, Kind.REGRESS_LOAD);
        assertThat(regress).isNotNegative();
        assertThat(squat.get(regress).sentence()).contains("pain reached 7/10");
        assertThat(squat.subList(regress + 1, squat.size())).extracting(Decision::kind).contains(Kind.PROGRESS_LOAD);
        assertThat(sim.flags.has(Flag.Kind.PERSISTENT_PAIN)).isFalse();
    }

    @Test
    void valgusOnALoadedLiftRegressesAndLoadIsNeverAddedWhileCaving() {
        LocalDate from = START.plusWeeks(2);
        LocalDate to = START.plusWeeks(6);
        Sim sim = new Sim(programme());
        Person person = new Person() {
            public SetLog set(LocalDate day, ExercisePrescription p) {
                boolean caving = !day.isBefore(from) && day.isBefore(to) && p.loaded();
                return new SetLog(p.target(), p.loadKg(), 7.0, 1, caving ? CAVED : GOOD);
            }

            public Set<Side> formCheckCaving(LocalDate day) {
                return !day.isBefore(from) && day.isBefore(to) ? Set.of(Side.LEFT) : Set.of();
            }
        };
        sim.run(person, 10, List.of(), (d, a) -> a);
        // while caving: no load increase and no squat step above the ladder's max level while caving
        int max = CATALOGUE.ladder("squat").orElseThrow().maxLevelWhileCaving();
        for (Decision d : sim.of("squat")) {
            boolean whileCaving = person.formCheckCaving(dayOf(sim, d)).contains(Side.LEFT);
            if (whileCaving) {
                assertThat(d.kind()).isNotIn(Kind.PROGRESS_LOAD, Kind.MOVE_UP_LADDER);
                assertThat(CATALOGUE.exercise(d.next().exerciseId()).orElseThrow().level()).isLessThanOrEqualTo(max);
            }
        }
        assertThat(sim.of("squat")).extracting(Decision::kind).contains(Kind.MOVE_DOWN_LADDER);
        // after the first caved set the squat is never done loaded while the form check still shows caving
        List<SessionLog> whileCaving = sim.sessions.stream().filter(s -> !s.date().isBefore(from)
                && s.date().isBefore(to)).toList();
        assertThat(whileCaving.subList(1, whileCaving.size())).allSatisfy(s -> assertThat(s.exercises())
                .filteredOn(e -> CATALOGUE.exercise(e.exerciseId()).orElseThrow().ladder().equals("squat"))
                .allSatisfy(e -> assertThat(e.sets()).allMatch(set -> set.loadKg() == null)));
        // and once the knee stays in line again, load is progressed again
        assertThat(sim.of("squat").subList(sim.of("squat").size() - 10, sim.of("squat").size()))
                .extracting(Decision::kind).containsAnyOf(Kind.MOVE_UP_LADDER, Kind.PROGRESS_LOAD, Kind.PROGRESS_REPS);
    }

    @Test
    void anAcuteInjuryMidProgrammeRaisesAFlagAndPausesTheProgramme() {
        var acute = CATALOGUE.safetyFlags().stream()
                .filter(f -> CATALOGUE.referral().redFlags().stopExerciseAt().contains(f.level()))
                .findFirst().orElseThrow();
        LocalDate injury = START.plusWeeks(4).plusDays(3);
        Sim sim = new Sim(programme());
        sim.run(new Person() {
            public SetLog set(LocalDate day, ExercisePrescription p) {
                return good(p, 1);
            }

            public List<String> redFlags(LocalDate day) {
                return day.equals(injury) ? List.of(acute.id()) : List.of();
            }
        }, 8, List.of(), (d, a) -> a);
        assertThat(sim.pausedOn).isEqualTo(injury);
        assertThat(sim.flags.has(Flag.Kind.RED_FLAG)).isTrue();
        assertThat(sim.flags.exercisePaused()).isTrue();
        assertThat(sim.sessions).allMatch(s -> s.date().isBefore(injury));
        List<ExercisePrescription> atInjury = sim.decisions.stream().filter(d -> d.kind() == Kind.PAUSE)
                .map(Decision::next).toList();
        assertThat(atInjury).isNotEmpty();
        assertThat(sim.decisions.get(sim.decisions.size() - 1).kind()).isEqualTo(Kind.PAUSE);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    static int indexOf(List<Decision> decisions, Kind kind) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** The day a decision was made: the morning after the session it followed. */
    static LocalDate dayOf(Sim sim, Decision d) {
        int perSession = sim.current.size();
        int index = sim.decisions.indexOf(d) / perSession;
        return sim.sessions.get(index).date().plusDays(1);
    }

    static List<Answers> append(List<Answers> list, Answers a) {
        List<Answers> out = new ArrayList<>(list);
        out.add(a);
        return out;
    }
}
