package com.kneeline.prescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.PersonAccess;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.engine.Programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer and the plan of a client they coach ({@link PersonAccess#requireCoaching}): generating the client's
 * programme, from their assessment or a template, and adjusting it (swap, dose, week, phase) within the same safety
 * rules the engine applies. Every change is a {@link PlanChange} that says itself why it is refused.
 */
@Service
public class ClientPlanService {

    /**
     * Everything the trainer's plan editor shows for a client. Someone the trainer does not coach is not found.
     *
     * @param latestCompleted the assessment a programme would be generated from
     * @param blocked         why nothing can be generated or adjusted now (an acute red flag), if so
     * @param week            the sessions per week and minutes per session the current programme was made for
     */
    public record ClientPlan(long clientId, Optional<AssessmentSummary> latestCompleted,
                             Optional<ProgrammeDetails> current, Optional<String> blocked, Week week) {
    }

    private final ProgrammeRepository programmes;
    private final ProgrammeVersions versions;
    private final ChangeRules rules;
    private final AssessmentService assessments;
    private final PersonAccess access;

    ClientPlanService(ProgrammeRepository programmes, ProgrammeVersions versions, ChangeRules rules,
                      AssessmentService assessments, PersonAccess access) {
        this.programmes = programmes;
        this.versions = versions;
        this.rules = rules;
        this.assessments = assessments;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ClientPlan clientPlan(long clientId) {
        access.requireCoaching(clientId);
        Optional<PrescribedProgramme> current = versions.current(clientId);
        Optional<AssessmentSummary> latest = assessments.latestCompleted(clientId);
        Week week = current.map(p -> versions.weekOf(versions.assessmentOf(p), versions.changesOf(p)))
                .orElseGet(() -> latest.map(a -> versions.weekOf(assessments.get(clientId, a.id()), List.of()))
                        .orElse(new Week(AboutYou.MIN_SESSIONS, AboutYou.MIN_MINUTES)));
        return new ClientPlan(clientId, latest, current.map(versions::details), blocked(clientId, current.orElse(null)),
                week);
    }

    /** Generates the client's programme from their latest completed assessment, carrying overrides that apply. */
    @Transactional
    public ProgrammeDetails generateForClient(long clientId) {
        return generateForClient(clientId, new PlanRequest(null, null, null, List.of())).programme();
    }

    /**
     * Generates the client's programme from their latest completed assessment with a trainer's parameters (a
     * template): the week and phase, then each exercise rule where it is valid and safe for this client. What was
     * not applied is listed with the reason.
     */
    @Transactional
    public PlanRequest.Outcome generateForClient(long clientId, PlanRequest plan) {
        access.requireCoaching(clientId);
        Optional<String> blocked = blocked(clientId, null);
        if (blocked.isPresent()) {
            throw new AdjustmentRefusedException(null, blocked.get());
        }
        AssessmentSummary latest = assessments.latestCompleted(clientId).orElseThrow(() ->
                new AdjustmentRefusedException(null, "The client has not finished a self-assessment yet."));
        AssessmentDetails assessment = assessments.get(clientId, latest.id());
        AccountSummary me = access.me();
        List<ProgrammeOverride> candidates = new ArrayList<>(versions.carried(clientId));
        List<String> skipped = new ArrayList<>();
        if (plan.sessionsPerWeek() != null || plan.minutesPerSession() != null) {
            Week own = versions.weekOf(assessment, candidates);
            Week week = new Week(plan.sessionsPerWeek() == null ? own.sessionsPerWeek() : plan.sessionsPerWeek(),
                    plan.minutesPerSession() == null ? own.minutesPerSession() : plan.minutesPerSession());
            rules.weekRefusal(week).ifPresentOrElse(wrong -> skipped.add(wrong.getMessage()),
                    () -> candidates.add(versions.candidate(new PlanChange.WeekChange(week), me, true)));
        }
        if (plan.phaseId() != null) {
            if (rules.knownPhase(plan.phaseId())) {
                candidates.add(versions.candidate(new PlanChange.PhaseChange(plan.phaseId()), me, true));
            } else {
                skipped.add("The phase " + plan.phaseId() + " is not in the content pack any more.");
            }
        }
        for (PlanRequest.ExerciseRule rule : plan.exercises()) {
            String target = rule.exerciseId();
            if (rule.replacementId() != null && !rule.replacementId().equals(rule.exerciseId())) {
                candidates.add(versions.candidate(new PlanChange.Swap(rule.exerciseId(), rule.replacementId()), me,
                        true));
                target = rule.replacementId();
            }
            if (!rule.dose().isEmpty()) {
                candidates.add(versions.candidate(new PlanChange.DoseChange(target, rule.dose()), me, true));
            }
        }
        ProgrammeVersions.Versioned made = versions.newVersion(clientId, assessment, candidates, null);
        skipped.addAll(made.skipped());
        return new PlanRequest.Outcome(versions.details(made.programme()), skipped);
    }

    /** The content's phases in order, for choosing one. */
    public List<com.kneeline.content.model.Phase> phases() {
        return rules.phases();
    }

    /** Valid replacements for one exercise of the client's current programme. */
    @Transactional(readOnly = true)
    public List<Exercise> alternativesForClient(long clientId, long programmeId, String exerciseId) {
        return versions.alternatives(clientCurrent(clientId, programmeId), exerciseId);
    }

    /**
     * A trainer's change to one exercise or to the week or phase of the client's current programme, recorded as set
     * by the trainer. A swap or dose changes this version; a week or phase makes a new one, keeping the changes that
     * still apply. Refused, with the field and the reason, when the change's own rules do not allow it.
     */
    @Transactional
    public ProgrammeDetails change(long clientId, long programmeId, PlanChange change) {
        PrescribedProgramme stored = clientCurrent(clientId, programmeId);
        return versions.details(apply(stored, change));
    }

    /** A trainer's swap: one of the {@link #alternativesForClient}. */
    @Transactional
    public ProgrammeDetails swapForClient(long clientId, long programmeId, String exerciseId, String replacementId) {
        return change(clientId, programmeId, new PlanChange.Swap(exerciseId, replacementId));
    }

    /** A trainer's dose: within the bounds of {@link Dose} and the load rules (no load while the knee caves in). */
    @Transactional
    public ProgrammeDetails setDose(long clientId, long programmeId, String exerciseId, Dose dose) {
        return change(clientId, programmeId, new PlanChange.DoseChange(exerciseId, dose));
    }

    /** A trainer's week for the client: a new version made for it. */
    @Transactional
    public ProgrammeDetails setWeek(long clientId, long programmeId, int sessionsPerWeek, int minutesPerSession) {
        return change(clientId, programmeId, new PlanChange.WeekChange(new Week(sessionsPerWeek, minutesPerSession)));
    }

    /**
     * A trainer's phase for the client: a new version in that phase. The engine's gating still holds in any phase
     * (form-gated ladders stay low and unloaded while the knee caves in); a low-load programme keeps its phase.
     */
    @Transactional
    public ProgrammeDetails setPhase(long clientId, long programmeId, String phaseId) {
        return change(clientId, programmeId, new PlanChange.PhaseChange(phaseId));
    }

    /**
     * One exercise adjusted at once: a swap (null: keep it) and a dose for whichever exercise then stands there. All
     * or nothing, so a refused dose does not leave half a change behind.
     */
    @Transactional
    public ProgrammeDetails adjustForClient(long clientId, long programmeId, String exerciseId, String replacementId,
                                            Dose dose) {
        PrescribedProgramme stored = clientCurrent(clientId, programmeId);
        boolean swap = replacementId != null && !replacementId.equals(exerciseId);
        if (!swap && dose.isEmpty()) {
            throw new AdjustmentRefusedException(null, "Nothing changed: choose another exercise or change a value.");
        }
        if (swap) {
            apply(stored, new PlanChange.Swap(exerciseId, replacementId));
        }
        if (!dose.isEmpty()) {
            apply(stored, new PlanChange.DoseChange(swap ? replacementId : exerciseId, dose));
        }
        return versions.details(stored);
    }

    private PrescribedProgramme apply(PrescribedProgramme stored, PlanChange change) {
        return versions.change(stored, change, access.me(), true);
    }

    private PrescribedProgramme clientCurrent(long clientId, long programmeId) {
        access.requireCoaching(clientId);
        PrescribedProgramme stored = programmes.findByIdAndOwnerId(programmeId, clientId)
                .orElseThrow(() -> new ProgrammeNotFoundException(programmeId));
        if (!stored.isCurrent()) {
            throw new AdjustmentRefusedException(null, "This version has been replaced by a newer one; reload the "
                    + "page to adjust the current programme.");
        }
        Optional<String> blocked = blocked(clientId, stored);
        if (blocked.isPresent()) {
            throw new AdjustmentRefusedException(null, blocked.get());
        }
        return stored;
    }

    /** An acute red flag in the client's latest assessment means there is no programme to adjust. */
    private Optional<String> blocked(long clientId, PrescribedProgramme current) {
        Optional<AssessmentSummary> latest = assessments.latestConcluded(clientId);
        boolean stopped = latest.map(a -> a.status() == AssessmentStatus.STOPPED).orElse(false);
        if (stopped || current != null && current.getKind() == Programme.Kind.REFERRAL_ONLY) {
            return Optional.of("There is no programme to adjust: the client's latest assessment found a reason to have "
                    + "the knee checked by a professional first. A new assessment once they are cleared unlocks it.");
        }
        return Optional.empty();
    }
}
