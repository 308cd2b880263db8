package com.kneeline.prescription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.RecordedFinding;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionEngine;
import com.kneeline.prescription.engine.PrescriptionRequest;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The prescription feature's public API: programmes for the signed-in person, generated from their finished
 * assessments, with explicit, attributable overrides that survive regeneration where they still apply.
 */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final ProgrammeOverrideRepository overrides;
    private final AssessmentService assessments;
    private final ContentService content;
    private final PrescriptionEngine engine;
    private final CurrentUser currentUser;
    private final PersonAccess access;
    private final JsonMapper json;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeOverrideRepository overrides,
                     AssessmentService assessments, ContentService content, PrescriptionEngine engine,
                     CurrentUser currentUser, PersonAccess access, JsonMapper json, Clock clock) {
        this.programmes = programmes;
        this.overrides = overrides;
        this.assessments = assessments;
        this.content = content;
        this.engine = engine;
        this.currentUser = currentUser;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    private AccountSummary me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("Programmes need a signed-in account"));
    }

    private PrescribedProgramme mine(long id) {
        return programmes.findByIdAndOwnerId(id, me().id()).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    /**
     * Generates a programme from one of the person's completed assessments. Any current programme is superseded
     * (and kept), and its overrides are carried over wherever the exercise they change is prescribed again.
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
        Programme generated = engine.prescribe(requestFor(assessment));
        Instant now = clock.instant();
        int number = programmes.findFirstByOwnerIdOrderByVersionNumberDesc(me.id())
                .map(p -> p.getVersionNumber() + 1).orElse(1);
        Optional<PrescribedProgramme> previous = programmes
                .findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(me.id());
        previous.ifPresent(p -> p.supersede(now));
        PrescribedProgramme saved = programmes.save(new PrescribedProgramme(me.id(), assessmentId, number,
                generated.kind(), content.catalogue().version(), json.writeValueAsString(generated), now));
        previous.ifPresent(p -> {
            Set<String> prescribed = exerciseIds(generated);
            for (ProgrammeOverride change : overrides.findByProgrammeIdOrderByMadeAtAsc(p.getId())) {
                if (prescribed.contains(change.getExerciseId())) {
                    overrides.save(change.carriedTo(saved.getId()));
                }
            }
        });
        return details(saved);
    }

    @Transactional(readOnly = true)
    public Optional<ProgrammeDetails> current() {
        return programmes.findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(me().id()).map(this::details);
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
        return programmes.findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(owner).map(this::details);
    }

    @Transactional(readOnly = true)
    public ProgrammeDetails get(long id) {
        return details(mine(id));
    }

    /** The person's programmes, newest first; a handful per person, so a plain list. */
    @Transactional(readOnly = true)
    public List<ProgrammeDetails> history() {
        return programmes.findByOwnerIdOrderByVersionNumberDesc(me().id()).stream().map(this::details).toList();
    }

    /** What could stand in for an exercise of this programme, for this person (equipment, pain, form gate). */
    @Transactional(readOnly = true)
    public List<Exercise> alternatives(long programmeId, String exerciseId) {
        PrescribedProgramme stored = mine(programmeId);
        // The engine does not know the sessions; an exercise already done alongside this one would appear twice.
        Set<String> alongside = effective(stored).sessions().stream()
                .filter(s -> s.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId)))
                .flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId).collect(Collectors.toSet());
        return engine.alternatives(requestFor(assessments.get(stored.getAssessmentId())), exerciseId).stream()
                .filter(e -> !alongside.contains(e.id())).toList();
    }

    /**
     * Replaces an exercise by one of its {@link #alternatives}. Recorded as an override by the signed-in person;
     * anything else is refused, so a crafted request cannot put an unsuitable exercise in.
     */
    @Transactional
    public ProgrammeDetails swap(long programmeId, String exerciseId, String replacementId) {
        PrescribedProgramme stored = mine(programmeId);
        if (!stored.isCurrent()) {
            throw new IllegalStateException("Only the current programme can be changed");
        }
        if (!exerciseIds(effective(stored)).contains(exerciseId)) {
            throw new IllegalArgumentException("That exercise is not in this programme");
        }
        boolean allowed = alternatives(programmeId, exerciseId).stream().anyMatch(e -> e.id().equals(replacementId));
        if (!allowed) {
            throw new IllegalArgumentException("That exercise cannot replace " + exerciseId + " for you");
        }
        AccountSummary me = me();
        overrides.save(new ProgrammeOverride(stored.getId(), exerciseId, replacementId, me.id(), me.displayName(),
                me.hasRole(Role.TRAINER), clock.instant(), null));
        return details(stored);
    }

    PrescriptionRequest requestFor(AssessmentDetails assessment) {
        List<InferredFinding> findings = new ArrayList<>();
        for (RecordedFinding recorded : assessment.findings()) {
            findings.add(new InferredFinding(recorded.findingId(), recorded.side(), recorded.strength(),
                    recorded.evidence().stream().map(line -> new Evidence("recorded", recorded.strength(), line)).toList()));
        }
        AboutYou about = assessment.aboutYou();
        Set<Side> affected = switch (about.knees()) {
            case LEFT -> EnumSet.of(Side.LEFT);
            case RIGHT -> EnumSet.of(Side.RIGHT);
            case BOTH -> EnumSet.allOf(Side.class);
        };
        return new PrescriptionRequest(findings,
                assessment.raisedFlags().stream().map(SafetyFlag::id).collect(Collectors.toSet()),
                assessment.answers(), about.equipment(), about.minutesPerSession(), about.sessionsPerWeek(), affected);
    }

    private Programme generated(PrescribedProgramme stored) {
        return json.readValue(stored.getBody(), Programme.class);
    }

    private Programme effective(PrescribedProgramme stored) {
        Programme programme = generated(stored);
        for (ProgrammeOverride change : overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId())) {
            programme = apply(programme, change);
        }
        return programme;
    }

    /** Puts the replacement where the exercise was, with the replacement's own starting dose and the same reasons. */
    private Programme apply(Programme programme, ProgrammeOverride change) {
        Optional<Exercise> replacement = content.exercise(change.getReplacementId());
        if (replacement.isEmpty()) {
            return programme; // the content pack no longer has it: the generated exercise stands
        }
        Exercise with = replacement.get();
        List<SessionPlan> sessions = programme.sessions().stream().map(session -> new SessionPlan(session.number(),
                session.dayOfWeek(), session.warmUp(), session.exercises().stream()
                .map(planned -> planned.exerciseId().equals(change.getExerciseId()) ? replace(planned, with) : planned)
                .toList(), session.estimatedMinutes())).toList();
        return new Programme(programme.kind(), programme.phaseId(), programme.phases(), sessions,
                programme.safetyNotes(), programme.education(), programme.referralSuggested());
    }

    private static PlannedExercise replace(PlannedExercise planned, Exercise with) {
        var dose = with.dosage();
        boolean timed = dose.isTimed();
        return new PlannedExercise(with.id(), with.pillar(), dose.sets(),
                timed ? 0 : dose.reps().min(), timed ? 0 : dose.reps().max(),
                timed ? dose.holdSeconds().min() : 0, timed ? dose.holdSeconds().max() : 0,
                planned.tempo(), dose.restSeconds(),
                with.unilateral() ? planned.extraSetsOn() : null, with.unilateral() ? planned.extraSets() : 0,
                // Load guidance only where the engine allowed load for the slot (the form gate may have removed it).
                planned.loadGuidance() != null && with.loadable() ? with.loadGuidance() : null,
                planned.estimatedSeconds(), planned.rationale());
    }

    private static Set<String> exerciseIds(Programme programme) {
        return programme.sessions().stream().flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId)
                .collect(Collectors.toSet());
    }

    private ProgrammeDetails details(PrescribedProgramme stored) {
        List<ProgrammeDetails.Change> changes = overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId()).stream()
                .map(o -> new ProgrammeDetails.Change(o.getExerciseId(), o.getReplacementId(), o.getMadeByName(),
                        o.isMadeByTrainer(), o.getMadeAt(), o.getReason()))
                .toList();
        return new ProgrammeDetails(stored.getId(), stored.getVersionNumber(), stored.getCreatedAt(),
                stored.getAssessmentId(), stored.isCurrent(), effective(stored), changes);
    }
}
