package com.kneeline.tracking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.base.Dates;
import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.tracking.engine.Adherence;
import com.kneeline.tracking.engine.PhaseAdvance;
import com.kneeline.tracking.engine.PhaseInput;
import com.kneeline.tracking.engine.SessionLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Phase advance for the signed-in person: the current phase's {@code advance-when} criteria evaluated over the log
 * ({@link PhaseAdvance}), and moving on to the next phase once they all hold.
 * <p>
 * The phase began when the first of the consecutive programme versions in this phase was made (a regenerated
 * programme in the same phase does not restart the clock); planned dates come from the current programme's days.
 */
@Service
public class PhaseService {

    /**
     * @param phaseName     the phase the person is in
     * @param nextPhaseName the phase after it, or null at the last phase
     * @param ready         every criterion holds: offer the move
     * @param stillNeeded   plain sentences for what does not hold yet
     */
    public record Progress(String phaseName, String nextPhaseName, boolean ready, List<String> stillNeeded) {
        public Progress {
            stillNeeded = List.copyOf(stillNeeded);
        }
    }

    private final ProgrammeService programmes;
    private final AssessmentService assessments;
    private final ContentService content;
    private final TrainingSessionRepository sessions;
    private final CheckInRepository checkIns;
    private final RaisedFlagRepository flags;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PhaseAdvance engine;
    private final org.springframework.beans.factory.ObjectProvider<PhaseEntryCheck> entryChecks;

    PhaseService(ProgrammeService programmes, AssessmentService assessments, ContentService content,
                 TrainingSessionRepository sessions, CheckInRepository checkIns, RaisedFlagRepository flags,
                 CurrentUser currentUser, Clock clock,
                 org.springframework.beans.factory.ObjectProvider<PhaseEntryCheck> entryChecks) {
        this.entryChecks = entryChecks;
        this.programmes = programmes;
        this.assessments = assessments;
        this.content = content;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.flags = flags;
        this.currentUser = currentUser;
        this.clock = clock;
        this.engine = new PhaseAdvance(content.catalogue());
    }

    private long me() {
        return currentUser.get().map(AccountSummary::id)
                .orElseThrow(() -> new IllegalStateException("Phases need a signed-in account"));
    }

    /** Where the person stands in their phase; empty without a full programme with sessions. */
    @Transactional(readOnly = true)
    public Optional<Progress> progress() {
        return programmes.current().filter(p -> p.programme().kind() == Programme.Kind.FULL)
                .filter(p -> !p.programme().sessions().isEmpty()).map(this::evaluate);
    }

    /**
     * Moves on to the next phase: a new programme version from the same assessment, keeping the overrides that
     * still apply. Refused unless every criterion holds now.
     */
    @Transactional
    public ProgrammeDetails advance() {
        ProgrammeDetails current = programmes.current()
                .orElseThrow(() -> new IllegalStateException("There is no programme to move on"));
        Progress progress = progress().orElseThrow(() -> new IllegalStateException("This programme has no phases"));
        if (!progress.ready()) {
            throw new IllegalStateException("Not ready to move on: " + String.join("; ", progress.stillNeeded()));
        }
        return programmes.advancePhase(current.id());
    }

    private Progress evaluate(ProgrammeDetails current) {
        long me = me();
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.ZONE);
        String phaseId = current.programme().phaseId();
        LocalDate phaseStart = LocalDate.ofInstant(phaseStartedAt(current), Dates.ZONE);
        Set<DayOfWeek> days = current.programme().sessions().stream().map(s -> DayOfWeek.of(s.dayOfWeek()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        List<SessionLog> logs = sessions.findByOwnerIdOrderBySessionDateAsc(me).stream()
                .map(s -> new SessionLog(s.getSessionDate(), s.getExercises())).toList();
        PhaseAdvance.Result result = engine.evaluate(new PhaseInput(today, phaseId, phaseStart, logs,
                checkIns.findByOwnerIdOrderByCheckDateAsc(me).stream().map(CheckIn::toEngine).toList(),
                Adherence.plannedDates(days, phaseStart, today), FormCheck.caving(assessments, content)));
        List<String> stillNeeded = new ArrayList<>(result.unmet());
        // Progression is paused while a flag that stops exercise is open; so is moving on.
        if (flags.findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(me).stream()
                .anyMatch(RaisedFlag::isStopsExercise)) {
            stillNeeded.add("no open reason to see a professional");
        }
        if (result.nextPhaseId() != null) {
            entryChecks.orderedStream().forEach(c -> stillNeeded.addAll(c.stillNeeded(me, result.nextPhaseId())));
        }
        return new Progress(phaseName(current, phaseId), result.nextPhaseId() == null ? null
                : phaseName(current, result.nextPhaseId()), result.advance() && stillNeeded.isEmpty(), stillNeeded);
    }

    /** When the first of the consecutive versions in the current phase was made. */
    private java.time.Instant phaseStartedAt(ProgrammeDetails current) {
        java.time.Instant start = current.createdAt();
        for (ProgrammeDetails version : programmes.history()) {
            if (version.versionNumber() >= current.versionNumber()) {
                continue;
            }
            if (!Objects.equals(version.programme().phaseId(), current.programme().phaseId())) {
                break;
            }
            start = version.createdAt();
        }
        return start;
    }

    private static String phaseName(ProgrammeDetails programme, String phaseId) {
        return programme.programme().phases().stream().filter(p -> p.id().equals(phaseId))
                .map(Programme.PhaseSummary::name).findFirst().orElse(phaseId);
    }
}
