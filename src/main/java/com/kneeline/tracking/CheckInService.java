package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.Optional;

import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.engine.ReferralFlags;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The next-morning check-in after a session: did the pain settle, and is the knee limiting daily life. */
@Service
public class CheckInService {

    private final TrainingSessionRepository sessions;
    private final CheckInRepository checkIns;
    private final ProgrammeService programmes;
    private final ContentService content;
    private final SessionDecisions decisions;
    private final TrackedPerson person;

    CheckInService(TrainingSessionRepository sessions, CheckInRepository checkIns, ProgrammeService programmes,
                   ContentService content, SessionDecisions decisions, TrackedPerson person) {
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.programmes = programmes;
        this.content = content;
        this.decisions = decisions;
        this.person = person;
    }

    /** The date of the last session when its next-morning check-in is due: it is now a later day and none exists. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> pendingCheckIn(long personId) {
        long me = person.self(personId);
        LocalDate today = person.today();
        return sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).map(TrainingSession::getSessionDate)
                .filter(date -> date.isBefore(today))
                .filter(date -> !checkIns.existsByOwnerIdAndCheckDateAfter(me, date));
    }

    /** Today in the person's calendar, from the application clock. */
    public LocalDate today() {
        return person.today();
    }

    /** The content's functional-limitation question, asked with every check-in. */
    public String functionalLimitationQuestion() {
        return content.catalogue().referral().functionalLimitation().question();
    }

    /**
     * Records this morning's check-in for the last session, re-makes that session's decisions with it and
     * evaluates the referral rules.
     */
    @Transactional
    public void checkIn(long personId, boolean painSettled, Boolean functionalLimitation) {
        long me = person.self(personId);
        if (pendingCheckIn(me).isEmpty()) {
            throw new IllegalStateException("There is no session waiting for a check-in");
        }
        checkIns.save(new CheckIn(me, person.today(), painSettled, functionalLimitation, person.now()));
        Optional<ProgrammeDetails> programme = programmes.current();
        ReferralFlags.Result raised = decisions.evaluateFlags(me, programme.orElse(null));
        TrainingSession last = sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).orElseThrow();
        if (programme.isPresent() && programme.get().id() == last.getProgrammeId()) {
            decisions.decide(me, last, programme.get(), raised.exercisePaused());
        }
    }
}
