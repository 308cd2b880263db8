package com.kneeline.prescription;

import java.util.List;
import java.util.Optional;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.SafetyHold;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Phase;
import com.kneeline.prescription.engine.Programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own programme: generated from their finished assessments, with explicit, attributable overrides
 * that survive regeneration where they still apply. A trainer's work on a client's plan is {@link ClientPlanService}.
 */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final ProgrammeVersions versions;
    private final AssessmentService assessments;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final PersonAccess access;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeVersions versions, AssessmentService assessments,
                     ContentService content, CurrentUser currentUser, PersonAccess access) {
        this.programmes = programmes;
        this.versions = versions;
        this.assessments = assessments;
        this.content = content;
        this.currentUser = currentUser;
        this.access = access;
    }

    private AccountSummary me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("Programmes need a signed-in account"));
    }

    private PrescribedProgramme mine(long id) {
        return programmes.findByIdAndOwnerId(id, me().id()).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /**
     * Generates a programme from one of the person's completed assessments. Any current programme is superseded
     * (and kept), and its overrides are carried over wherever they still apply; then {@link ProgrammeReplaced}
     * lets other features carry their state over too.
     */
    @Transactional
    public ProgrammeDetails createFromAssessment(long assessmentId) {
        AccountSummary me = me();
        AssessmentDetails assessment = assessments.get(assessmentId);
        if (assessment.status() != AssessmentStatus.COMPLETED) {
            throw new IllegalStateException("Only a completed assessment can produce a programme");
        }
        if (assessments.latestCompleted().map(latest -> latest.id() != assessmentId).orElse(true)) {
            throw new IllegalStateException("Programmes are made from the latest completed assessment");
        }
        if (assessments.hold().isPresent()) {
            throw new IllegalStateException("A later assessment stopped at the safety screen: no programme until a"
                    + " professional has cleared the person");
        }
        return versions.details(versions.newVersion(me.id(), assessment, versions.carried(me.id()), null).programme());
    }

    /**
     * Why the person must not follow a programme now, if they must not: their latest assessment stopped at the
     * safety screen. Programme, Today and Home show it in place of the exercises.
     */
    @Transactional(readOnly = true)
    public Optional<SafetyHold> hold() {
        return assessments.hold();
    }

    @Transactional(readOnly = true)
    public Optional<ProgrammeDetails> current() {
        return versions.current(me().id()).map(versions::details);
    }

    /** A person's current programme, for them or their trainer; anyone else's id is not found. */
    @Transactional(readOnly = true)
    public Optional<ProgrammeDetails> current(long personId) {
        long owner;
        try {
            owner = access.requireReadable(personId);
        } catch (PersonNotFoundException notVisible) {
            throw new ProgrammeNotFoundException(personId);
        }
        return versions.current(owner).map(versions::details);
    }

    @Transactional(readOnly = true)
    public ProgrammeDetails get(long id) {
        return versions.details(mine(id));
    }

    /** The person's programmes, newest first; a handful per person, so a plain list. */
    @Transactional(readOnly = true)
    public List<ProgrammeDetails> history() {
        return programmes.findByOwnerIdOrderByVersionNumberDesc(me().id()).stream().map(versions::details).toList();
    }

    /** What could stand in for an exercise of this programme, for this person (equipment, pain, form gate). */
    @Transactional(readOnly = true)
    public List<Exercise> alternatives(long programmeId, String exerciseId) {
        return versions.alternatives(mine(programmeId), exerciseId);
    }

    /**
     * Replaces an exercise by one of its {@link #alternatives}. Recorded as an override by the signed-in person;
     * anything else is refused with the reason, so a crafted request cannot put an unsuitable exercise in.
     */
    @Transactional
    public ProgrammeDetails swap(long programmeId, String exerciseId, String replacementId) {
        PrescribedProgramme stored = mine(programmeId);
        if (!stored.isCurrent()) {
            throw new IllegalStateException("Only the current programme can be changed");
        }
        versions.change(stored, new PlanChange.Swap(exerciseId, replacementId), me(), false);
        return versions.details(stored);
    }

    /**
     * Moves the person's current programme on to the next content phase: a new version from the same assessment,
     * in that phase, keeping the overrides that still apply (a phase set earlier by a trainer is replaced). Whether
     * the phase criteria hold is the tracker's decision ({@code TrackingService.advancePhase}), which calls this.
     */
    @Transactional
    public ProgrammeDetails advancePhase(long programmeId) {
        PrescribedProgramme stored = mine(programmeId);
        if (!stored.isCurrent() || stored.getKind() != Programme.Kind.FULL) {
            throw new IllegalStateException("Only a current full programme moves on to another phase");
        }
        String next = nextPhase(stored.getBody().phaseId())
                .orElseThrow(() -> new IllegalStateException("This is the last phase"));
        List<ProgrammeOverride> keep = versions.changesOf(stored).stream()
                .filter(o -> o.getKind() != ProgrammeOverride.Kind.PHASE).toList();
        return versions.details(versions.newVersion(stored.getOwnerId(), versions.assessmentOf(stored), keep, next)
                .programme());
    }

    /** The content phase after this one, if any. */
    public Optional<String> nextPhase(String phaseId) {
        List<Phase> phases = phases();
        for (int i = 0; i < phases.size() - 1; i++) {
            if (phases.get(i).id().equals(phaseId)) {
                return Optional.of(phases.get(i + 1).id());
            }
        }
        return Optional.empty();
    }

    /** The content's phases in order, for choosing one. */
    public List<Phase> phases() {
        return content.catalogue().progression().phases();
    }
}
