package com.kneeline.tracking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.Side;
import com.kneeline.base.Dates;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionEngine;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.engine.ExercisePrescription;
import com.kneeline.tracking.engine.NextSession;
import com.kneeline.tracking.engine.ProgressionEngine;
import com.kneeline.tracking.engine.SessionFit;
import com.kneeline.tracking.engine.SessionLog;

import org.springframework.stereotype.Component;

/**
 * A planned session at today's doses, and the small rules the tracker's services share around it: which session is
 * offered, the person's open flags, the programme's start and days. Package-private: the services are the API.
 */
@Component
class SessionPlanner {

    private final TrainingSessionRepository sessions;
    private final CurrentPrescriptionRepository prescriptions;
    private final RaisedFlagRepository flags;
    private final AssessmentService assessments;
    private final ContentService content;
    private final ProgressionEngine engine;
    private final SessionFit fit;
    private final NextTimeRules nextTime;

    SessionPlanner(TrainingSessionRepository sessions, CurrentPrescriptionRepository prescriptions,
                   RaisedFlagRepository flags, AssessmentService assessments, ContentService content,
                   PrescriptionEngine prescriptionEngine) {
        this.sessions = sessions;
        this.prescriptions = prescriptions;
        this.flags = flags;
        this.assessments = assessments;
        this.content = content;
        this.engine = new ProgressionEngine(content.catalogue());
        this.fit = new SessionFit(prescriptionEngine, content.catalogue().prescription().timing().minSets());
        this.nextTime = new NextTimeRules(content, fit);
    }

    ProgressionEngine engine() {
        return engine;
    }

    NextTimeRules nextTime() {
        return nextTime;
    }

    /** The next-session rule over a person's plan and their logs of the last few days (all the rule looks at). */
    Optional<NextSession.Offer> offer(long owner, List<SessionPlan> plan, LocalDate today) {
        int grace = graceDays();
        List<NextSession.Logged> logs = sessions.findByOwnerIdAndSessionDateGreaterThanEqual(owner,
                today.minusDays(Math.max(1, grace))).stream()
                .map(s -> new NextSession.Logged(s.getSessionDate(), s.getSessionNumber())).toList();
        List<NextSession.Planned> weekly = plan.stream()
                .map(s -> new NextSession.Planned(s.number(), DayOfWeek.of(s.dayOfWeek()))).toList();
        return NextSession.offer(weekly, logs, today, grace);
    }

    /** How many days early a session may be done and still count for its own day (content, adherence rules). */
    int graceDays() {
        return content.catalogue().progression().adherence().graceDays();
    }

    /**
     * One planned session at today's doses. Reps, load and ladder step are progressed per exercise and side, shared
     * by every session that has the exercise (the rule My programme states); the sets are each session's own, as
     * planned, trimmed only if a longer ladder step would take the session past its planned minutes, and cut in a
     * deload week.
     */
    PlannedSession planned(long me, ProgrammeDetails programme, SessionPlan plan, LocalDate date, boolean today) {
        Map<String, CurrentPrescription> stored = stored(me, programme);
        List<OpenFlag> open = openFlags(me);
        boolean stop = open.stream().anyMatch(OpenFlag::stopsExercise);
        boolean deload = open.isEmpty() && engine.isDeloadWeek(start(programme), date, null);
        Long latest = sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).map(TrainingSession::getId).orElse(null);
        List<List<ExercisePrescription>> doses = new ArrayList<>();
        List<List<CurrentPrescription>> rows = new ArrayList<>();
        List<List<String>> current = new ArrayList<>();
        for (PlannedExercise planned : plan.exercises()) {
            Exercise exercise = content.exercise(planned.exerciseId()).orElseThrow();
            List<ExercisePrescription> slot = new ArrayList<>();
            List<CurrentPrescription> slotRows = new ArrayList<>();
            for (ExercisePrescription start : ExercisePrescription.fromPlan(planned, exercise.unilateral())) {
                CurrentPrescription progressed = stored.get(key(planned.exerciseId(), start.side()));
                // A trainer's dose set after the tracker last progressed this slot restarts it from that dose.
                CurrentPrescription now = progressed != null && programme.doseChange(planned.exerciseId())
                        .filter(c -> c.madeAt().isAfter(progressed.getUpdatedAt())).isPresent() ? null : progressed;
                slot.add(now == null ? start : now.toEngine().withSets(start.sets()));
                slotRows.add(now);
            }
            doses.add(slot);
            rows.add(slotRows);
            current.add(slot.stream().map(ExercisePrescription::exerciseId).distinct().toList());
        }
        SessionFit.Fit fitted = fit.fit(plan.exercises(), current, plan.estimatedMinutes());
        Set<Side> caving = formCheckCaving();
        double rpe = content.catalogue().progression().effort().targetRpe().max();
        List<PlannedSession.Item> items = new ArrayList<>();
        for (int i = 0; i < plan.exercises().size(); i++) {
            PlannedExercise planned = plan.exercises().get(i);
            for (int j = 0; j < doses.get(i).size(); j++) {
                ExercisePrescription d = doses.get(i).get(j);
                int extra = d.side() != null && d.side() == planned.extraSetsOn() ? planned.extraSets() : 0;
                ExercisePrescription p = SessionFit.dose(fitted, i, d, extra);
                CurrentPrescription row = rows.get(i).get(j);
                String guidance = content.exercise(p.exerciseId())
                        .filter(e -> p.loaded() || nextTime.loadAllowed(programme, planned, e, p.side(), caving))
                        .map(Exercise::loadGuidance).orElse(null);
                String why = row != null && latest != null && latest.equals(row.getChangedBySession())
                        ? row.getChangeReason() : null;
                items.add(new PlannedSession.Item(planned.exerciseId(), p,
                        deload ? engine.deloadSets(p.sets()) : p.sets(), deload ? engine.deloadRpe() : rpe, guidance,
                        why));
            }
        }
        return new PlannedSession(programme.id(), plan.number(), date, today, plan.warmUp(), items, stop,
                NextTimeRules.pausedUntil(open).orElse(null), deload);
    }

    /** The tracker's stored prescriptions of one programme, by slot and side. */
    Map<String, CurrentPrescription> stored(long me, ProgrammeDetails programme) {
        Map<String, CurrentPrescription> stored = new HashMap<>();
        prescriptions.findByProgrammeIdAndOwnerId(programme.id(), me)
                .forEach(p -> stored.put(key(p.getSlotId(), p.getSide()), p));
        return stored;
    }

    List<OpenFlag> openFlags(long person) {
        return flags.findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(person).stream()
                .map(SessionPlanner::open).toList();
    }

    static OpenFlag open(RaisedFlag f) {
        return new OpenFlag(f.getId(), f.getKind(), f.getSeen(), f.getWhyItMatters(), f.getProfessional(),
                f.isStopsExercise(), f.getRaisedAt());
    }

    /** The sides on which the latest completed assessment's single-leg squat saw the knee cave in. */
    Set<Side> formCheckCaving() {
        return FormCheck.caving(assessments, content);
    }

    static String key(String slotId, Side side) {
        return slotId + "|" + side;
    }

    static LocalDate start(ProgrammeDetails programme) {
        return Dates.day(programme.createdAt());
    }

    static Set<DayOfWeek> days(ProgrammeDetails programme) {
        return programme.programme().sessions().stream().map(s -> DayOfWeek.of(s.dayOfWeek()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    static SessionLog engineLog(TrainingSession s) {
        return new SessionLog(s.getSessionDate(), s.getExercises());
    }
}
