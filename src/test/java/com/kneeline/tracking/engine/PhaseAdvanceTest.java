package com.kneeline.tracking.engine;

import static com.kneeline.tracking.engine.KneeTracking.CAVED;
import static com.kneeline.tracking.engine.KneeTracking.GOOD;
import static com.kneeline.tracking.engine.Tk.CATALOGUE;
import static com.kneeline.tracking.engine.Tk.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.PhaseCriteria;

/** Phase advance by the typed criteria of the phase that has a form-check criterion (the bundled strength phase). */
class PhaseAdvanceTest {

    static final PhaseAdvance PHASES = new PhaseAdvance(CATALOGUE);
    static final Phase PHASE = CATALOGUE.progression().phases().stream()
            .filter(p -> p.advanceWhen() != null && p.advanceWhen().formCheckPasses()).findFirst().orElseThrow();
    static final PhaseCriteria C = PHASE.advanceWhen();
    static final Set<DayOfWeek> DAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    record Log(List<SessionLog> sessions, List<MorningCheckIn> checkIns, List<LocalDate> planned) {
    }

    /** Every planned session done before today at this pain, with a settled check-in the next morning. */
    static Log clean(LocalDate today, int pain) {
        List<LocalDate> planned = Adherence.plannedDates(DAYS, START, today);
        List<SessionLog> s = new ArrayList<>();
        List<MorningCheckIn> c = new ArrayList<>();
        for (LocalDate d : planned) {
            if (d.isBefore(today)) {
                s.add(new SessionLog(d, List.of(ExerciseLog.done("glute-bridge", null, Tk.sets(3, 10, null, 7, pain, GOOD)))));
                c.add(MorningCheckIn.settled(d.plusDays(1)));
            }
        }
        return new Log(s, c, planned);
    }

    static PhaseAdvance.Result eval(LocalDate today, Log log, Set<Side> caving) {
        return PHASES.evaluate(new PhaseInput(today, PHASE.id(), START, log.sessions(), log.checkIns(), log.planned(),
                caving));
    }

    @Test
    void allCriteriaMetAtTheMinimumWeeksAdvancesAndADayEarlierDoesNot() {
        LocalDate today = START.plusWeeks(C.minWeeks());
        var r = eval(today, clean(today, C.maxPain()), Set.of());
        assertThat(r.advance()).isTrue();
        int i = CATALOGUE.progression().phases().indexOf(PHASE);
        assertThat(r.nextPhaseId()).isEqualTo(CATALOGUE.progression().phases().get(i + 1).id());
        var early = eval(today.minusDays(1), clean(today.minusDays(1), 0), Set.of());
        assertThat(early.advance()).isFalse();
        assertThat(early.unmet()).singleElement().asString().contains("weeks in this phase");
    }

    @Test
    void painAboveTheMaxInARecentSessionHolds() {
        LocalDate today = START.plusWeeks(C.minWeeks());
        var r = eval(today, clean(today, C.maxPain() + 1), Set.of());
        assertThat(r.advance()).isFalse();
        assertThat(r.sentence()).contains("pain at most " + C.maxPain());
    }

    @Test
    void cavingInOneOfTheRecentSessionsOrAtTheFormCheckHolds() {
        LocalDate today = START.plusWeeks(C.minWeeks());
        Log log = clean(today, 0);
        List<SessionLog> s = new ArrayList<>(log.sessions());
        SessionLog last = s.get(s.size() - 1);
        s.set(s.size() - 1, new SessionLog(last.date(),
                List.of(ExerciseLog.done("goblet-squat", null, Tk.sets(3, 10, 8.0, 7, 0, CAVED)))));
        assertThat(eval(today, new Log(s, log.checkIns(), log.planned()), Set.of()).unmet())
                .anyMatch(u -> u.contains("no caving"));
        assertThat(eval(today, log, Set.of(Side.RIGHT)).unmet()).anyMatch(u -> u.contains("form check"));
    }

    @Test
    void adherenceBelowTheMinimumHolds() {
        LocalDate today = START.plusWeeks(C.minWeeks());
        Log log = clean(today, 0);
        int keep = (int) Math.ceil(log.sessions().size() * (C.minAdherencePercent() / 100.0)) - 1;
        List<SessionLog> fewer = log.sessions().subList(log.sessions().size() - keep, log.sessions().size());
        assertThat(eval(today, new Log(fewer, log.checkIns(), log.planned()), Set.of()).unmet())
                .anyMatch(u -> u.contains("% of planned sessions"));
    }

    @Test
    void aMissingMorningCheckInAfterARecentSessionHolds() {
        LocalDate today = START.plusWeeks(C.minWeeks());
        Log log = clean(today, 0);
        List<MorningCheckIn> c = new ArrayList<>(log.checkIns());
        c.remove(c.size() - 1);
        assertThat(eval(today, new Log(log.sessions(), c, log.planned()), Set.of()).unmet())
                .anyMatch(u -> u.contains("settled by the next morning"));
    }

    @Test
    void theLastPhaseNeverAdvancesAndAnUnknownPhaseIsRejected() {
        var phases = CATALOGUE.progression().phases();
        var last = phases.get(phases.size() - 1);
        LocalDate today = START.plusWeeks(20);
        var log = clean(today, 0);
        var r = PHASES.evaluate(new PhaseInput(today, last.id(), START, log.sessions(), log.checkIns(), log.planned(),
                Set.of()));
        assertThat(r.advance()).isFalse();
        assertThat(r.nextPhaseId()).isNull();
        assertThatThrownBy(() -> PHASES.evaluate(new PhaseInput(today, "nope", START, List.of(), List.of(), List.of(),
                Set.of()))).isInstanceOf(IllegalArgumentException.class);
    }
}
