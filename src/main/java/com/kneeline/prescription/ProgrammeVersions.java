package com.kneeline.prescription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.RecordedFinding;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionRequest;
import com.kneeline.prescription.engine.Programme;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A person's programme versions: making a new version from an assessment with the changes that still apply there,
 * the programme as it stands after its changes, and recording one more change. Shared by the person's programme
 * and the trainer's client plan; callers have checked who may do what.
 */
@Component
class ProgrammeVersions {

    /** A new version, and each change that did not apply there, with the reason. */
    record Versioned(PrescribedProgramme programme, List<String> skipped) {
    }

    private final ProgrammeRepository programmes;
    private final ProgrammeOverrideRepository overrides;
    private final AssessmentService assessments;
    private final ContentService content;
    private final ChangeRules rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgrammeVersions(ProgrammeRepository programmes, ProgrammeOverrideRepository overrides,
                      AssessmentService assessments, ContentService content, ChangeRules rules, Clock clock,
                      ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.overrides = overrides;
        this.assessments = assessments;
        this.content = content;
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    Optional<PrescribedProgramme> current(long ownerId) {
        return programmes.findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(ownerId);
    }

    List<ProgrammeOverride> changesOf(PrescribedProgramme stored) {
        return overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId());
    }

    /** The overrides of the owner's current programme, to carry to a new version. */
    List<ProgrammeOverride> carried(long ownerId) {
        return current(ownerId).map(this::changesOf).orElse(List.of());
    }

    /** A change by {@code me} now, not yet stored (a candidate for a new version). */
    ProgrammeOverride candidate(PlanChange change, AccountSummary me, boolean byTrainer) {
        return ProgrammeOverride.of(0, change, me.id(), me.displayName(), byTrainer, clock.instant());
    }

    /**
     * One more change to a stored version, refused with the reason when its rules do not allow it now: a swap or a
     * dose is stored with this version; a week or phase makes a new version that keeps the changes still applying.
     *
     * @return the version that now carries the change
     */
    PrescribedProgramme change(PrescribedProgramme stored, PlanChange change, AccountSummary me, boolean byTrainer) {
        Optional<AdjustmentRefusedException> refused = change.refusalNow(new PlanChange.Situation(effective(stored),
                stored.getBody(), requestOf(stored), false), rules);
        if (refused.isPresent()) {
            throw refused.get();
        }
        ProgrammeOverride made = ProgrammeOverride.of(stored.getId(), change, me.id(), me.displayName(),
                byTrainer || me.hasRole(Role.TRAINER), clock.instant());
        if (!change.regenerates()) {
            overrides.save(made);
            return stored;
        }
        List<ProgrammeOverride> candidates = new ArrayList<>(changesOf(stored).stream()
                .filter(o -> !change.replaces(o.change())).toList());
        candidates.add(made);
        return newVersion(stored.getOwnerId(), assessmentOf(stored), candidates, null).programme();
    }

    /**
     * Makes a new current version for the owner from the assessment, with the latest week and phase among the
     * candidate overrides (or {@code phase}, when given), then re-applies each candidate that still applies and is
     * still safe there, in the order they were made. What did not apply is returned with the reason.
     */
    Versioned newVersion(long ownerId, AssessmentDetails assessment, List<ProgrammeOverride> candidates,
                         String phase) {
        List<ProgrammeOverride> ordered = candidates.stream()
                .sorted(Comparator.comparing(ProgrammeOverride::getMadeAt)).toList();
        String wanted = phase != null ? phase : ordered.stream().filter(o -> o.getKind() == ProgrammeOverride.Kind.PHASE)
                .map(ProgrammeOverride::getPhaseId).reduce((first, last) -> last).orElse(null);
        PrescriptionRequest request = requestFor(assessment, ordered).inPhase(wanted);
        Programme generated = rules.engine.prescribe(request);
        Instant now = clock.instant();
        int number = programmes.findFirstByOwnerIdOrderByVersionNumberDesc(ownerId)
                .map(p -> p.getVersionNumber() + 1).orElse(1);
        Optional<PrescribedProgramme> previous = current(ownerId);
        previous.ifPresent(p -> p.supersede(now));
        PrescribedProgramme saved = programmes.save(new PrescribedProgramme(ownerId, assessment.id(), number,
                generated.kind(), content.catalogue().version(), generated, now));
        Programme effective = generated;
        List<String> skipped = new ArrayList<>();
        for (ProgrammeOverride candidate : ordered) {
            PlanChange change = candidate.change();
            Optional<AdjustmentRefusedException> refused = change.refusal(new PlanChange.Situation(effective,
                    generated, request, phase != null), rules);
            if (refused.isPresent()) {
                skipped.add(change instanceof PlanChange.DoseChange dose
                        && refused.get().field() != AdjustmentRefusedException.Field.EXERCISE
                        ? rules.name(dose.exerciseId()) + ": " + refused.get().getMessage() : refused.get().getMessage());
            } else {
                overrides.save(candidate.carriedTo(saved.getId()));
                effective = change.applyTo(effective, rules);
            }
        }
        // Every new version (new assessment, phase advance, a trainer's change) lets the tracker keep progression.
        Programme replacement = effective;
        previous.ifPresent(p -> events.publishEvent(new ProgrammeReplaced(ownerId, p.getId(), saved.getId(),
                replacement)));
        return new Versioned(saved, skipped);
    }

    /** The week a programme is made for: the latest week change, else the assessment's answers. */
    Week weekOf(AssessmentDetails assessment, List<ProgrammeOverride> changes) {
        return changes.stream().filter(o -> o.getKind() == ProgrammeOverride.Kind.WEEK)
                .max(Comparator.comparing(ProgrammeOverride::getMadeAt))
                .map(o -> new Week(o.getSessionsPerWeek(), o.getMinutesPerSession()))
                .orElse(new Week(assessment.aboutYou().sessionsPerWeek(), assessment.aboutYou().minutesPerSession()));
    }

    AssessmentDetails assessmentOf(PrescribedProgramme stored) {
        return assessments.get(stored.getOwnerId(), stored.getAssessmentId());
    }

    /** The request a stored programme was generated from: its assessment with its week and phase overrides. */
    PrescriptionRequest requestOf(PrescribedProgramme stored) {
        PrescriptionRequest request = requestFor(assessmentOf(stored), changesOf(stored));
        return request.inPhase(stored.getKind() == Programme.Kind.FULL ? stored.getBody().phaseId() : null);
    }

    private PrescriptionRequest requestFor(AssessmentDetails assessment, List<ProgrammeOverride> changes) {
        Week week = weekOf(assessment, changes);
        return requestFor(assessment).withWeek(week.sessionsPerWeek(), week.minutesPerSession());
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

    /** The programme as it stands: the generated one with each stored change applied in order. */
    Programme effective(PrescribedProgramme stored) {
        Programme programme = stored.getBody();
        for (ProgrammeOverride change : changesOf(stored)) {
            programme = change.change().applyTo(programme, rules);
        }
        return programme;
    }

    /**
     * What could stand in for an exercise of this version: the engine's alternatives, without the exercises already
     * done alongside it in a session (the engine does not know the sessions).
     */
    List<Exercise> alternatives(PrescribedProgramme stored, String exerciseId) {
        Programme effective = effective(stored);
        Set<String> alongside = effective.sessions().stream()
                .filter(s -> s.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId)))
                .flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId).collect(Collectors.toSet());
        return rules.engine.alternatives(requestOf(stored), exerciseId).stream()
                .filter(e -> !alongside.contains(e.id())).toList();
    }

    ProgrammeDetails details(PrescribedProgramme stored) {
        List<ProgrammeDetails.Change> changes = changesOf(stored).stream()
                .map(o -> new ProgrammeDetails.Change(o.getKind(), o.getExerciseId(), o.getReplacementId(),
                        o.change().summary(rules), o.getMadeByName(), o.isMadeByTrainer(), o.getMadeAt(),
                        o.getReason()))
                .toList();
        return new ProgrammeDetails(stored.getId(), stored.getVersionNumber(), stored.getCreatedAt(),
                stored.getAssessmentId(), stored.isCurrent(), effective(stored), changes);
    }
}
