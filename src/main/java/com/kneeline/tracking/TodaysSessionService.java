package com.kneeline.tracking;

import java.util.List;
import java.util.Optional;

import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.engine.NextSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The person's session to do: which one, at today's doses, whether it is paused, and what changed since last time. */
@Service
public class TodaysSessionService {

    /** Said once after saving, until the next morning's check-in decides the rest. */
    public static final String WAITING = "Waiting for your morning check-in: whether your exercises get harder is "
            + "decided once you say whether your pain settled.";

    private final TrainingSessionRepository sessions;
    private final ProgrammeService programmes;
    private final SessionPlanner planner;
    private final TrackedPerson person;

    TodaysSessionService(TrainingSessionRepository sessions, ProgrammeService programmes, SessionPlanner planner,
                         TrackedPerson person) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.planner = planner;
        this.person = person;
    }

    /**
     * The session to do next by the {@link NextSession} rule: today's if not logged yet, else the next planned day,
     * skipping one already done early. Empty without a programme with sessions (none yet, or referral only).
     */
    @Transactional(readOnly = true)
    public Optional<PlannedSession> nextSession(long personId) {
        long me = person.self(personId);
        Optional<ProgrammeDetails> current = programmes.current();
        if (current.isEmpty() || current.get().programme().sessions().isEmpty()) {
            return Optional.empty();
        }
        ProgrammeDetails programme = current.get();
        return planner.offer(me, programme.programme().sessions(), person.today()).map(offer ->
                planner.planned(me, programme, programme.programme().sessions().stream()
                        .filter(s -> s.number() == offer.number()).findFirst().orElseThrow(), offer.date(),
                        offer.today()));
    }

    /** The session logged today, if any. */
    @Transactional(readOnly = true)
    public Optional<SessionSummary> loggedToday(long personId) {
        return sessions.findByOwnerIdAndSessionDate(person.self(personId), person.today())
                .map(s -> SessionSummary.of(s, person.now()));
    }

    /** The person's pause: what lifts it, or empty when no flag is open. */
    @Transactional(readOnly = true)
    public Optional<String> pausedUntil(long personId) {
        return NextTimeRules.pausedUntil(planner.openFlags(person.self(personId)));
    }

    /** The sentences decided after the latest session: what changes next time and why. */
    @Transactional(readOnly = true)
    public List<String> whatChangesNext(long personId) {
        return sessions.findFirstByOwnerIdOrderBySessionDateDesc(person.self(personId))
                .map(TrainingSession::getDecisions).orElse(List.of());
    }

    /** How many days early a session may be done and still count for its own day (content, adherence rules). */
    public int graceDays() {
        return planner.graceDays();
    }
}
