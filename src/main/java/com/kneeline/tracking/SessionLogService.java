package com.kneeline.tracking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.ReferralFlags;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging the session done today and correcting it: after every log and edit the referral rules are evaluated and
 * the progression engine decides the next prescriptions ({@link SessionDecisions}). Only the person logs their own.
 */
@Service
public class SessionLogService {

    /** A logged session can be corrected for this long after it was first saved. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(48);

    private final TrainingSessionRepository sessions;
    private final ProgrammeService programmes;
    private final SessionPlanner planner;
    private final SessionDecisions decisions;
    private final TrackedPerson person;

    SessionLogService(TrainingSessionRepository sessions, ProgrammeService programmes, SessionPlanner planner,
                      SessionDecisions decisions, TrackedPerson person) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.planner = planner;
        this.decisions = decisions;
        this.person = person;
    }

    /**
     * Saves the session done today: one log per item of the planned session (an item without a log counts as
     * skipped), then evaluates the referral rules and decides the next prescriptions.
     *
     * @return the saved session, with the decision sentences
     */
    @Transactional
    public SessionDetails logSession(long personId, int sessionNumber, List<ExerciseLog> logs) {
        long me = person.self(personId);
        ProgrammeDetails programme = programmes.current()
                .orElseThrow(() -> new IllegalStateException("There is no programme to log a session of"));
        LocalDate today = person.today();
        if (sessions.findByOwnerIdAndSessionDate(me, today).isPresent()) {
            throw new IllegalStateException("A session is already logged today; change it from your history");
        }
        SessionPlan plan = programme.programme().sessions().stream().filter(s -> s.number() == sessionNumber)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No session " + sessionNumber
                        + " in your programme"));
        PlannedSession planned = planner.planned(me, programme, plan, today, true);
        List<ExerciseLog> complete = complete(planned.items(), logs);
        TrainingSession saved = sessions.save(new TrainingSession(me, programme.id(), sessionNumber, today,
                person.now(), complete, planned.items()));
        ReferralFlags.Result raised = decisions.evaluateFlags(me, programme);
        decisions.decide(me, saved, programme, raised.exercisePaused());
        return SessionDetails.of(saved, person.now());
    }

    /**
     * {@link #logSession} for a page that says which plan it showed: when the plan changed since (a trainer saved a
     * new week, or an exercise was swapped or re-dosed), nothing is logged and {@link PlanChangedException} names the
     * exercises that changed. The log is only ever stored against the plan the person saw.
     */
    @Transactional
    public SessionDetails logSession(long personId, int sessionNumber, List<ExerciseLog> logs, PlannedSession shown) {
        long me = person.self(personId);
        ProgrammeDetails programme = programmes.current()
                .orElseThrow(() -> new IllegalStateException("There is no programme to log a session of"));
        PlannedSession now = programme.programme().sessions().stream().filter(s -> s.number() == sessionNumber)
                .findFirst().map(plan -> planner.planned(me, programme, plan, person.today(), true)).orElse(null);
        if (now == null) {
            throw new PlanChangedException(shown, shown.items().stream().map(i -> i.prescription().exerciseId())
                    .distinct().toList());
        }
        if (programme.id() != shown.programmeId() || !now.items().equals(shown.items())) {
            Set<String> changed = new LinkedHashSet<>();
            Set<PlannedSession.Item> before = new HashSet<>(shown.items());
            Set<PlannedSession.Item> after = new HashSet<>(now.items());
            shown.items().stream().filter(i -> !after.contains(i)).forEach(i -> changed.add(i.prescription().exerciseId()));
            now.items().stream().filter(i -> !before.contains(i)).forEach(i -> changed.add(i.prescription().exerciseId()));
            throw new PlanChangedException(now, List.copyOf(changed));
        }
        return logSession(me, sessionNumber, logs);
    }

    /** Corrects a session within {@link #EDIT_WINDOW} of logging it; the latest session's decisions are re-made. */
    @Transactional
    public SessionDetails editSession(long personId, long sessionId, List<ExerciseLog> logs) {
        long me = person.self(personId);
        TrainingSession session = sessions.findByIdAndOwnerId(sessionId, me)
                .orElseThrow(() -> new SessionNotFoundException("session", sessionId));
        if (!session.editableAt(person.now())) {
            throw new IllegalStateException("A session can only be changed within " + EDIT_WINDOW.toHours()
                    + " hours of logging it");
        }
        List<PlannedSession.Item> items = session.getPrescribed();
        session.edit(complete(items, logs), person.now());
        Optional<ProgrammeDetails> programme = programmes.current().filter(p -> p.id() == session.getProgrammeId());
        ReferralFlags.Result raised = decisions.evaluateFlags(me, programmes.current().orElse(null));
        boolean latest = sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).map(TrainingSession::getId)
                .filter(id -> id.equals(session.getId())).isPresent();
        if (latest && programme.isPresent()) {
            decisions.decide(me, session, programme.get(), raised.exercisePaused());
        }
        return SessionDetails.of(session, person.now());
    }

    private static List<ExerciseLog> complete(List<PlannedSession.Item> items, List<ExerciseLog> logs) {
        Map<String, ExerciseLog> byKey = new HashMap<>();
        for (ExerciseLog log : logs) {
            boolean known = items.stream().anyMatch(i -> i.prescription().exerciseId().equals(log.exerciseId())
                    && i.prescription().side() == log.side());
            if (!known) {
                throw new IllegalArgumentException(log.exerciseId() + " is not part of this session");
            }
            if (byKey.put(SessionPlanner.key(log.exerciseId(), log.side()), log) != null) {
                throw new IllegalArgumentException(log.exerciseId() + " is logged twice");
            }
            if (log.skipReason() != null && log.skipReason().length() > 200) {
                throw new IllegalArgumentException("A reason has at most 200 characters");
            }
        }
        return items.stream().map(i -> byKey.getOrDefault(SessionPlanner.key(i.prescription().exerciseId(),
                i.prescription().side()), ExerciseLog.skipped(i.prescription().exerciseId(), i.prescription().side(),
                null))).toList();
    }
}
