package com.kneeline.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.account.CurrentUser;
import com.kneeline.assessment.AssessmentConcluded;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.base.Dates;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.engine.Adherence;
import com.kneeline.tracking.engine.Decision;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.Flag;
import com.kneeline.tracking.engine.MorningCheckIn;
import com.kneeline.tracking.engine.ProgressionEngine;
import com.kneeline.tracking.engine.ProgressionInput;
import com.kneeline.tracking.engine.ReferralFlags;
import com.kneeline.tracking.engine.ReferralInput;
import com.kneeline.tracking.engine.SessionLog;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the tracker decides after a log, an edit or a check-in: the referral rules (new flags are stored) and the
 * progression engine's next prescriptions, stored per programme slot and side. The engine needs the next-morning
 * check-in to progress anything (the content's must-settle-by-next-morning), so the decisions made when a session
 * is saved are re-made when its check-in arrives. Package-private: called by the session log and check-in services.
 */
@Component
class SessionDecisions {

    private final TrainingSessionRepository sessions;
    private final CheckInRepository checkIns;
    private final CurrentPrescriptionRepository prescriptions;
    private final RaisedFlagRepository flags;
    private final ProgrammeService programmes;
    private final AssessmentService assessments;
    private final SessionPlanner planner;
    private final ReferralFlags referral;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionDecisions(TrainingSessionRepository sessions, CheckInRepository checkIns,
                     CurrentPrescriptionRepository prescriptions, RaisedFlagRepository flags,
                     ProgrammeService programmes, AssessmentService assessments, ContentService content,
                     SessionPlanner planner, CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.prescriptions = prescriptions;
        this.flags = flags;
        this.programmes = programmes;
        this.assessments = assessments;
        this.planner = planner;
        this.referral = new ReferralFlags(content.catalogue());
        this.clock = clock;
    }

    ReferralFlags referral() {
        return referral;
    }

    /** Runs the progression engine over one session and stores the next prescriptions and its sentences. */
    void decide(long me, TrainingSession session, ProgrammeDetails programme, boolean pausedByRules) {
        List<PlannedSession.Item> items = session.getPrescribed();
        List<ExerciseLog> logs = session.getExercises();
        List<RaisedFlag> open = flags.findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(me);
        boolean paused = pausedByRules || open.stream().anyMatch(RaisedFlag::isStopsExercise);
        Set<Flag.Kind> openKinds = open.stream().map(RaisedFlag::getKind).collect(Collectors.toSet());
        List<SessionLog> history = sessions.findByOwnerIdOrderBySessionDateAsc(me).stream()
                .filter(s -> s.getSessionDate().isBefore(session.getSessionDate())).map(SessionPlanner::engineLog)
                .toList();
        ProgressionEngine engine = planner.engine();
        NextTimeRules nextTime = planner.nextTime();
        ProgressionEngine.Result result = engine.decide(new ProgressionInput(Dates.today(clock),
                SessionPlanner.start(programme), null, items.stream().map(PlannedSession.Item::prescription).toList(),
                new SessionLog(session.getSessionDate(), logs), engineCheckIns(me), planner.formCheckCaving(), paused,
                openKinds, history));
        Map<String, CurrentPrescription> stored = planner.stored(me, programme);
        Instant now = clock.instant();
        List<Decision> decisions = new ArrayList<>(result.decisions());
        for (int i = 0; i < items.size(); i++) {
            if (decisions.get(i).kind() == Decision.Kind.MOVE_UP_LADDER) {
                decisions.set(i, nextTime.fitOrHold(programme, key -> Optional.ofNullable(stored.get(key))
                        .map(CurrentPrescription::toEngine), items.get(i).slotId(), decisions.get(i)));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            String slot = items.get(i).slotId();
            Decision d = nextTime.apartOrKept(programme, key -> Optional.ofNullable(stored.get(key))
                    .map(CurrentPrescription::toEngine), slot, decisions.get(i));
            decisions.set(i, d);
            CurrentPrescription row = stored.computeIfAbsent(SessionPlanner.key(slot, d.next().side()),
                    k -> new CurrentPrescription(me, programme.id(), slot, d.next().side()));
            row.update(d.next(), d.session().sets(), d.targetRpe() == null ? items.get(i).targetRpe()
                    : d.targetRpe().max(), now);
            row.changed(d.showOnCard() ? d.sentence() : null, session.getId());
            prescriptions.save(row);
        }
        result = new ProgressionEngine.Result(decisions, result.deloadWeek());
        session.decided(NextTimeRules.sentences(result, paused, openKinds));
    }

    /**
     * A check-in (or a safety stop) just concluded: the referral rules that compare assessments, and a red flag
     * raised at a check-in, are evaluated now rather than at the next logged session.
     */
    @EventListener
    void onAssessmentConcluded(AssessmentConcluded concluded) {
        // Assessments are only ever concluded by the person themselves, signed in.
        currentUser.get().filter(me -> me.id() == concluded.ownerId()).flatMap(me -> programmes.current())
                .ifPresent(p -> evaluateFlags(concluded.ownerId(), p));
    }

    /**
     * Evaluates the referral rules and stores every flag not raised before (the same kind and observation); an
     * acknowledged flag comes back only when something new is seen.
     */
    ReferralFlags.Result evaluateFlags(long me, ProgrammeDetails programme) {
        if (programme == null) {
            return new ReferralFlags.Result(List.of());
        }
        LocalDate today = Dates.today(clock);
        // A new programme after each check-in is the normal course, so "no progress across weeks and
        // reassessments" counts from the first programme and the first assessment, not the current version's.
        LocalDate start = programmes.history().stream().map(SessionPlanner::start).min(LocalDate::compareTo)
                .orElse(SessionPlanner.start(programme));
        List<SessionLog> logs = sessions.findByOwnerIdOrderBySessionDateAsc(me).stream()
                .map(SessionPlanner::engineLog).toList();
        List<String> safety = new ArrayList<>();
        assessments.latestConcluded().filter(a -> a.status() == AssessmentStatus.STOPPED)
                .filter(a -> a.finishedAt() != null && !a.finishedAt().isBefore(programme.createdAt()))
                .ifPresent(a -> assessments.get(a.id()).raisedFlags().stream().map(SafetyFlag::id).forEach(safety::add));
        ReferralFlags.Result result = referral.evaluate(new ReferralInput(today, start, logs, engineCheckIns(me),
                safety, Adherence.plannedDates(SessionPlanner.days(programme), start, today), sinceBaseline(me)));
        List<RaisedFlag> known = flags.findByOwnerIdOrderByRaisedAtDesc(me);
        Instant now = clock.instant();
        Set<String> added = new HashSet<>();
        for (Flag flag : result.flags()) {
            // A rule that keeps firing updates its open flag rather than stacking a new one per session; red flags
            // are one per safety question, so each stays its own.
            Optional<RaisedFlag> open = flag.kind() == Flag.Kind.RED_FLAG ? Optional.empty()
                    : known.stream().filter(f -> f.isOpen() && f.getKind() == flag.kind()).findFirst();
            if (open.isPresent()) {
                open.get().observe(flag);
            } else if (known.stream().noneMatch(f -> f.sameAs(flag)) && added.add(flag.kind() + flag.seen())) {
                flags.save(new RaisedFlag(me, flag, now));
            }
        }
        return result;
    }

    /**
     * The person's first completed assessment and every check-in after it, oldest first, so the no-progress and
     * worsening rules see the measures change (or not) across reassessments, whichever programme version is current.
     */
    private List<Answers> sinceBaseline(long me) {
        return assessments.concluded(me).stream().filter(a -> a.status() == AssessmentStatus.COMPLETED)
                .map(AssessmentDetails::answers).toList();
    }

    private List<MorningCheckIn> engineCheckIns(long me) {
        return checkIns.findByOwnerIdOrderByCheckDateAsc(me).stream().map(CheckIn::toEngine).toList();
    }
}
