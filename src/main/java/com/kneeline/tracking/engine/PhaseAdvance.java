package com.kneeline.tracking.engine;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.PhaseCriteria;

/** Whether a person moves on to the next phase, by the current phase's typed {@code advance-when} criteria. */
public final class PhaseAdvance {

    /**
     * @param advance   every criterion holds and there is a next phase
     * @param nextPhaseId the phase to move to, or null at the last phase
     * @param unmet     plain sentences for the criteria that do not hold yet (empty when advancing)
     */
    public record Result(boolean advance, String phaseId, String nextPhaseId, List<String> unmet, String sentence) {
        public Result {
            unmet = List.copyOf(unmet);
        }
    }

    private final ContentCatalogue catalogue;
    private final int graceDays;

    public PhaseAdvance(ContentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.graceDays = catalogue.progression().adherence().graceDays();
    }

    public Result evaluate(PhaseInput in) {
        List<Phase> phases = catalogue.progression().phases();
        int index = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(in.phaseId())) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("unknown phase '" + in.phaseId() + "'");
        }
        Phase phase = phases.get(index);
        PhaseCriteria c = phase.advanceWhen();
        if (c == null || index == phases.size() - 1) {
            return new Result(false, phase.id(), null, List.of(),
                    phase.name() + " is the last phase: keep a maintenance routine.");
        }
        Phase next = phases.get(index + 1);
        List<String> unmet = new ArrayList<>();
        long weeks = ChronoUnit.WEEKS.between(in.phaseStart(), in.today());
        if (weeks < c.minWeeks()) {
            unmet.add("at least " + c.minWeeks() + " weeks in this phase (" + weeks + " so far)");
        }
        List<SessionLog> inPhase = in.sessions().stream()
                .filter(s -> !s.date().isBefore(in.phaseStart()) && !s.date().isAfter(in.today()))
                .filter(SessionLog::wasDone).sorted(Comparator.comparing(SessionLog::date)).toList();
        int adherence = Adherence.window(in.plannedDates(), Adherence.doneDates(inPhase), in.phaseStart(),
                in.today(), in.today(), graceDays).percent();
        if (adherence < c.minAdherencePercent()) {
            unmet.add("at least " + c.minAdherencePercent() + " % of planned sessions done (" + adherence + " %)");
        }
        if (inPhase.size() < c.recentSessions()) {
            unmet.add("at least " + c.recentSessions() + " sessions in this phase (" + inPhase.size() + " so far)");
        } else {
            List<SessionLog> recent = inPhase.subList(inPhase.size() - c.recentSessions(), inPhase.size());
            if (recent.stream().anyMatch(SessionLog::anyCaved)) {
                unmet.add("no caving in your last " + c.recentSessions() + " sessions");
            }
            if (recent.stream().anyMatch(s -> s.maxPain() > c.maxPain())) {
                unmet.add("pain at most " + c.maxPain() + "/10 in your last " + c.recentSessions() + " sessions");
            }
            boolean settled = recent.stream().allMatch(s -> ProgressionEngine
                    .nextMorning(s.date(), in.checkIns()).map(MorningCheckIn::painSettled).orElse(false));
            if (!settled) {
                unmet.add("pain settled by the next morning after each of your last " + c.recentSessions()
                        + " sessions");
            }
        }
        if (c.formCheckPasses() && !in.formCheckCaving().isEmpty()) {
            unmet.add("a form check with your knee staying in line on both sides");
        }
        if (!unmet.isEmpty()) {
            return new Result(false, phase.id(), next.id(), unmet,
                    "Stay in " + phase.name() + " for now; still needed: " + String.join("; ", unmet) + ".");
        }
        return new Result(true, phase.id(), next.id(), List.of(), "Move on to " + next.name() + ": "
                + next.goal());
    }
}
