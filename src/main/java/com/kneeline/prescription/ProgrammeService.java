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
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.SafetyHold;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.RecordedFinding;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionEngine;
import com.kneeline.prescription.engine.PrescriptionRequest;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The prescription feature's public API: programmes for the signed-in person, generated from their finished
 * assessments, with explicit, attributable overrides that survive regeneration where they still apply; and, for a
 * trainer coaching a client ({@link PersonAccess#requireCoaching}), generating, adjusting and re-phasing the
 * client's programme within the same safety rules the engine applies.
 */
@Service
public class ProgrammeService {

    /** Starts every refusal caused by the form gate; the rest of the sentence says what is held back. */
    public static final String CAVING = "Not while the knee caves in on the single-leg squat: ";

    private final ProgrammeRepository programmes;
    private final ProgrammeOverrideRepository overrides;
    private final AssessmentService assessments;
    private final ContentService content;
    private final PrescriptionEngine engine;
    private final CurrentUser currentUser;
    private final PersonAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ExerciseHolds holds;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeOverrideRepository overrides,
                     AssessmentService assessments, ContentService content, PrescriptionEngine engine,
                     CurrentUser currentUser, PersonAccess access, Clock clock,
                     ApplicationEventPublisher events, ExerciseHolds holds) {
        this.holds = holds;
        this.programmes = programmes;
        this.overrides = overrides;
        this.assessments = assessments;
        this.content = content;
        this.engine = engine;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    private AccountSummary me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("Programmes need a signed-in account"));
    }

    private PrescribedProgramme mine(long id) {
        return programmes.findByIdAndOwnerId(id, me().id()).orElseThrow(() -> new ProgrammeNotFoundException(id));
    }

    // --- the person's own programme ------------------------------------------------------------------------------

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
        return details(newVersion(me.id(), assessment, carried(me.id()), null).programme());
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
        return alternatives(mine(programmeId), exerciseId);
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
        checkSwap(stored, exerciseId, replacementId);
        AccountSummary me = me();
        overrides.save(new ProgrammeOverride(stored.getId(), exerciseId, replacementId, me.id(), me.displayName(),
                me.hasRole(Role.TRAINER), clock.instant(), null));
        return details(stored);
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
        String next = nextPhase(generated(stored).phaseId())
                .orElseThrow(() -> new IllegalStateException("This is the last phase"));
        List<ProgrammeOverride> keep = overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId()).stream()
                .filter(o -> o.getKind() != ProgrammeOverride.Kind.PHASE).toList();
        return details(newVersion(stored.getOwnerId(), assessmentOf(stored), keep, next).programme());
    }

    /** The content phase after this one, if any. */
    public Optional<String> nextPhase(String phaseId) {
        List<Phase> phases = content.catalogue().progression().phases();
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

    // --- a trainer and their client -------------------------------------------------------------------------------

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

    /** Sessions per week and minutes per session. */
    public record Week(int sessionsPerWeek, int minutesPerSession) {
    }

    @Transactional(readOnly = true)
    public ClientPlan clientPlan(long clientId) {
        access.requireCoaching(clientId);
        Optional<PrescribedProgramme> current = programmes
                .findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(clientId);
        Optional<AssessmentSummary> latest = assessments.latestCompleted(clientId);
        Week week = current.map(p -> weekOf(assessmentOf(p), overrides.findByProgrammeIdOrderByMadeAtAsc(p.getId())))
                .orElseGet(() -> latest.map(a -> weekOf(assessments.get(clientId, a.id()), List.of()))
                        .orElse(new Week(AboutYou.MIN_SESSIONS, AboutYou.MIN_MINUTES)));
        return new ClientPlan(clientId, latest, current.map(this::details), blocked(clientId, current.orElse(null)),
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
        AccountSummary me = me();
        Instant now = clock.instant();
        List<ProgrammeOverride> candidates = new ArrayList<>(carried(clientId));
        List<String> skipped = new ArrayList<>();
        if (plan.sessionsPerWeek() != null || plan.minutesPerSession() != null) {
            Week own = weekOf(assessment, candidates);
            Week week = new Week(plan.sessionsPerWeek() == null ? own.sessionsPerWeek() : plan.sessionsPerWeek(),
                    plan.minutesPerSession() == null ? own.minutesPerSession() : plan.minutesPerSession());
            Optional<AdjustmentRefusedException> wrong = weekProblem(week);
            if (wrong.isPresent()) {
                skipped.add(wrong.get().getMessage());
            } else {
                candidates.add(ProgrammeOverride.week(0, week.sessionsPerWeek(), week.minutesPerSession(), me.id(),
                        me.displayName(), true, now));
            }
        }
        if (plan.phaseId() != null) {
            if (phases().stream().anyMatch(p -> p.id().equals(plan.phaseId()))) {
                candidates.add(ProgrammeOverride.phase(0, plan.phaseId(), me.id(), me.displayName(), true, now));
            } else {
                skipped.add("The phase " + plan.phaseId() + " is not in the content pack any more.");
            }
        }
        for (PlanRequest.ExerciseRule rule : plan.exercises()) {
            String target = rule.exerciseId();
            if (rule.replacementId() != null && !rule.replacementId().equals(rule.exerciseId())) {
                candidates.add(new ProgrammeOverride(0, rule.exerciseId(), rule.replacementId(), me.id(),
                        me.displayName(), true, now, null));
                target = rule.replacementId();
            }
            if (!rule.dose().isEmpty()) {
                try {
                    candidates.add(ProgrammeOverride.dose(0, target, rule.dose(), me.id(), me.displayName(), true, now));
                } catch (IllegalArgumentException invalid) {
                    skipped.add(name(target) + ": the dose is out of bounds.");
                }
            }
        }
        Versioned made = newVersion(clientId, assessment, candidates, null);
        skipped.addAll(made.skipped());
        return new PlanRequest.Outcome(details(made.programme()), skipped);
    }

    /** Valid replacements for one exercise of the client's current programme. */
    @Transactional(readOnly = true)
    public List<Exercise> alternativesForClient(long clientId, long programmeId, String exerciseId) {
        return alternatives(clientCurrent(clientId, programmeId), exerciseId);
    }

    /** A trainer's swap: one of the {@link #alternativesForClient}, recorded as set by the trainer. */
    @Transactional
    public ProgrammeDetails swapForClient(long clientId, long programmeId, String exerciseId, String replacementId) {
        PrescribedProgramme stored = clientCurrent(clientId, programmeId);
        checkSwap(stored, exerciseId, replacementId);
        AccountSummary me = me();
        overrides.save(new ProgrammeOverride(stored.getId(), exerciseId, replacementId, me.id(), me.displayName(),
                true, clock.instant(), null));
        return details(stored);
    }

    /**
     * A trainer's dose for one exercise of the client's current programme, within the bounds of
     * {@link ProgrammeOverride} and the form gate: no load on a form-gated ladder while the knee caves in.
     */
    @Transactional
    public ProgrammeDetails setDose(long clientId, long programmeId, String exerciseId, Dose dose) {
        PrescribedProgramme stored = clientCurrent(clientId, programmeId);
        PlannedExercise planned = planned(effective(stored), exerciseId).orElseThrow(() ->
                new AdjustmentRefusedException(AdjustmentRefusedException.EXERCISE, "That exercise is not in this programme."));
        if (dose.isEmpty()) {
            throw new AdjustmentRefusedException(AdjustmentRefusedException.SETS, "Change at least one value.");
        }
        Optional<AdjustmentRefusedException> problem = doseProblem(requestOf(stored), planned, dose);
        if (problem.isPresent()) {
            throw problem.get();
        }
        AccountSummary me = me();
        overrides.save(ProgrammeOverride.dose(stored.getId(), exerciseId, dose, me.id(), me.displayName(), true,
                clock.instant()));
        return details(stored);
    }

    /**
     * One exercise adjusted at once: a swap (null: keep it) and a dose for whichever exercise then stands there. All
     * or nothing, so a refused dose does not leave half a change behind.
     */
    @Transactional
    public ProgrammeDetails adjustForClient(long clientId, long programmeId, String exerciseId, String replacementId,
                                            Dose dose) {
        ProgrammeDetails result = null;
        String target = exerciseId;
        if (replacementId != null && !replacementId.equals(exerciseId)) {
            result = swapForClient(clientId, programmeId, exerciseId, replacementId);
            target = replacementId;
        }
        if (!dose.isEmpty()) {
            result = setDose(clientId, programmeId, target, dose);
        }
        if (result == null) {
            throw new AdjustmentRefusedException(null, "Nothing changed: choose another exercise or change a value.");
        }
        return result;
    }

    /** A trainer's week for the client: a new version made for it, keeping the overrides that still apply. */
    @Transactional
    public ProgrammeDetails setWeek(long clientId, long programmeId, int sessionsPerWeek, int minutesPerSession) {
        PrescribedProgramme stored = clientCurrent(clientId, programmeId);
        Optional<AdjustmentRefusedException> problem = weekProblem(new Week(sessionsPerWeek, minutesPerSession));
        if (problem.isPresent()) {
            throw problem.get();
        }
        AccountSummary me = me();
        List<ProgrammeOverride> candidates = new ArrayList<>(overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId()));
        candidates.add(ProgrammeOverride.week(0, sessionsPerWeek, minutesPerSession, me.id(), me.displayName(), true,
                clock.instant()));
        return details(newVersion(clientId, assessmentOf(stored), candidates, null).programme());
    }

    /**
     * A trainer's phase for the client: a new version in that phase. The engine's gating still holds in any phase
     * (form-gated ladders stay low and unloaded while the knee caves in); a low-load programme keeps its phase.
     */
    @Transactional
    public ProgrammeDetails setPhase(long clientId, long programmeId, String phaseId) {
        PrescribedProgramme stored = clientCurrent(clientId, programmeId);
        if (phases().stream().noneMatch(p -> p.id().equals(phaseId))) {
            throw new AdjustmentRefusedException(AdjustmentRefusedException.PHASE, "Choose one of the phases listed.");
        }
        if (engine.gate(requestOf(stored), "").lowLoad()) {
            throw new AdjustmentRefusedException(AdjustmentRefusedException.PHASE, "Not while activity pain is this "
                    + "high: the programme stays gentle and low-load until the client's pain allows a full one.");
        }
        AccountSummary me = me();
        List<ProgrammeOverride> candidates = new ArrayList<>(overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId())
                .stream().filter(o -> o.getKind() != ProgrammeOverride.Kind.PHASE).toList());
        candidates.add(ProgrammeOverride.phase(0, phaseId, me.id(), me.displayName(), true, clock.instant()));
        return details(newVersion(clientId, assessmentOf(stored), candidates, null).programme());
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

    // --- rules shared by the person's and the trainer's changes ----------------------------------------------------

    private List<Exercise> alternatives(PrescribedProgramme stored, String exerciseId) {
        // The engine does not know the sessions; an exercise already done alongside this one would appear twice.
        Set<String> alongside = effective(stored).sessions().stream()
                .filter(s -> s.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId)))
                .flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId).collect(Collectors.toSet());
        return engine.alternatives(requestOf(stored), exerciseId).stream()
                .filter(e -> !alongside.contains(e.id())).toList();
    }

    private void checkSwap(PrescribedProgramme stored, String exerciseId, String replacementId) {
        if (!exerciseIds(effective(stored)).contains(exerciseId)) {
            throw new IllegalArgumentException("That exercise is not in this programme");
        }
        Optional<String> caving = cavingRefusal(requestOf(stored), replacementId);
        if (caving.isPresent()) {
            throw new AdjustmentRefusedException(AdjustmentRefusedException.REPLACEMENT, caving.get());
        }
        boolean allowed = alternatives(stored, exerciseId).stream().anyMatch(e -> e.id().equals(replacementId));
        if (!allowed) {
            throw new IllegalArgumentException("That exercise cannot replace " + exerciseId + " for you");
        }
    }

    /** The form-gate sentence when the exercise sits above its ladder's level for a caving knee. */
    private Optional<String> cavingRefusal(PrescriptionRequest request, String exerciseId) {
        PrescriptionEngine.Gate gate = engine.gate(request, exerciseId);
        if (!gate.formGatedAboveCap()) {
            return Optional.empty();
        }
        Exercise e = content.exercise(exerciseId).orElseThrow();
        int cap = content.catalogue().ladder(e.ladder()).map(Ladder::maxLevelWhileCaving).orElse(0);
        return Optional.of(CAVING + e.name() + " is level " + e.level() + " of its ladder; until the knee stays in "
                + "line, level " + cap + " is the highest.");
    }

    private Optional<AdjustmentRefusedException> doseProblem(PrescriptionRequest request, PlannedExercise planned,
                                                             Dose dose) {
        Exercise e = content.exercise(planned.exerciseId()).orElseThrow();
        if (dose.sets() != null && (dose.sets() < ProgrammeOverride.MIN_SETS || dose.sets() > ProgrammeOverride.MAX_SETS)) {
            return refused(AdjustmentRefusedException.SETS, "Sets from " + ProgrammeOverride.MIN_SETS + " to "
                    + ProgrammeOverride.MAX_SETS + ".");
        }
        if ((dose.rangeMin() == null) != (dose.rangeMax() == null)) {
            return refused(AdjustmentRefusedException.RANGE, "Give both ends of the range, or neither.");
        }
        if (dose.rangeMin() != null) {
            boolean timed = planned.holdSecondsMax() > 0;
            int low = timed ? ProgrammeOverride.MIN_HOLD_SECONDS : ProgrammeOverride.MIN_REPS;
            int high = timed ? ProgrammeOverride.MAX_HOLD_SECONDS : ProgrammeOverride.MAX_REPS;
            if (dose.rangeMin() < low || dose.rangeMax() > high || dose.rangeMin() > dose.rangeMax()) {
                return refused(AdjustmentRefusedException.RANGE, (timed ? "Hold from " + low + " to " + high + " seconds"
                        : "Reps from " + low + " to " + high) + ", the lower number first.");
            }
        }
        if (dose.loadGuidance() != null) {
            if (dose.loadGuidance().length() > ProgrammeOverride.LOAD_GUIDANCE_MAX_LENGTH) {
                return refused(AdjustmentRefusedException.LOAD_GUIDANCE, "At most "
                        + ProgrammeOverride.LOAD_GUIDANCE_MAX_LENGTH + " characters.");
            }
            // The safety reasons first: they hold whatever the exercise, and say what would change them.
            PrescriptionEngine.Gate gate = engine.gate(request, e.id());
            if (gate.lowLoad()) {
                return refused(AdjustmentRefusedException.LOAD_GUIDANCE, "Not while activity pain is this high: a "
                        + "low-load programme carries no added weight.");
            }
            if (gate.caving() && gate.formGated()) {
                return refused(AdjustmentRefusedException.LOAD_GUIDANCE, CAVING
                        + content.catalogue().progression().formGate().rule());
            }
            if (!gate.loadAllowed()) {
                return refused(AdjustmentRefusedException.LOAD_GUIDANCE, e.name() + " is done without added weight.");
            }
        }
        return Optional.empty();
    }

    private static Optional<AdjustmentRefusedException> weekProblem(Week week) {
        if (week.sessionsPerWeek() < AboutYou.MIN_SESSIONS || week.sessionsPerWeek() > AboutYou.MAX_SESSIONS) {
            return refused(AdjustmentRefusedException.SESSIONS, "Sessions per week from " + AboutYou.MIN_SESSIONS
                    + " to " + AboutYou.MAX_SESSIONS + ".");
        }
        if (week.minutesPerSession() < AboutYou.MIN_MINUTES || week.minutesPerSession() > AboutYou.MAX_MINUTES) {
            return refused(AdjustmentRefusedException.MINUTES, "Minutes per session from " + AboutYou.MIN_MINUTES
                    + " to " + AboutYou.MAX_MINUTES + ".");
        }
        return Optional.empty();
    }

    private static Optional<AdjustmentRefusedException> refused(String field, String message) {
        return Optional.of(new AdjustmentRefusedException(field, message));
    }

    // --- versions --------------------------------------------------------------------------------------------------

    private record Versioned(PrescribedProgramme programme, List<String> skipped) {
    }

    /** The overrides of the owner's current programme, to carry to a new version. */
    private List<ProgrammeOverride> carried(long ownerId) {
        return programmes.findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(ownerId)
                .map(p -> overrides.findByProgrammeIdOrderByMadeAtAsc(p.getId())).orElse(List.of());
    }

    /**
     * Makes a new current version for the owner from the assessment, with the latest week and phase among the
     * candidate overrides (or {@code phase}, when given), then re-applies each candidate that still applies and is
     * still safe there, in the order they were made. What did not apply is returned with the reason.
     */
    private Versioned newVersion(long ownerId, AssessmentDetails assessment, List<ProgrammeOverride> candidates,
                                 String phase) {
        List<ProgrammeOverride> ordered = candidates.stream()
                .sorted(Comparator.comparing(ProgrammeOverride::getMadeAt)).toList();
        PrescriptionRequest request = requestFor(assessment, ordered);
        String wanted = phase != null ? phase : latestPhase(ordered).orElse(null);
        request = request.inPhase(wanted).holding(holds.forPerson(ownerId).keySet());
        Programme generated = engine.prescribe(request);
        Instant now = clock.instant();
        int number = programmes.findFirstByOwnerIdOrderByVersionNumberDesc(ownerId)
                .map(p -> p.getVersionNumber() + 1).orElse(1);
        Optional<PrescribedProgramme> previous = programmes
                .findFirstByOwnerIdAndSupersededAtIsNullOrderByVersionNumberDesc(ownerId);
        previous.ifPresent(p -> p.supersede(now));
        PrescribedProgramme saved = programmes.save(new PrescribedProgramme(ownerId, assessment.id(), number,
                generated.kind(), content.catalogue().version(), generated, now));
        Programme effective = generated;
        List<String> skipped = new ArrayList<>();
        for (ProgrammeOverride change : ordered) {
            Optional<String> whyNot = whyNot(change, effective, generated, request, phase);
            if (whyNot.isPresent()) {
                skipped.add(whyNot.get());
            } else {
                ProgrammeOverride kept = overrides.save(change.carriedTo(saved.getId()));
                effective = apply(effective, kept);
            }
        }
        // Every new version (new assessment, phase advance, a trainer's change) lets the tracker keep progression.
        Programme replacement = effective;
        previous.ifPresent(p -> events.publishEvent(new ProgrammeReplaced(ownerId, p.getId(), saved.getId(),
                replacement)));
        return new Versioned(saved, skipped);
    }

    private Optional<String> whyNot(ProgrammeOverride change, Programme effective, Programme generated,
                                    PrescriptionRequest request, String explicitPhase) {
        return switch (change.getKind()) {
            case SWAP -> {
                if (!exerciseIds(effective).contains(change.getExerciseId())) {
                    yield Optional.of(name(change.getExerciseId()) + " is not in this programme.");
                }
                Optional<String> caving = cavingRefusal(request, change.getReplacementId());
                if (caving.isPresent()) {
                    yield caving;
                }
                boolean valid = engine.alternatives(request, change.getExerciseId()).stream()
                        .anyMatch(e -> e.id().equals(change.getReplacementId()));
                yield valid ? Optional.empty() : Optional.of(name(change.getReplacementId()) + " cannot stand in for "
                        + name(change.getExerciseId()) + " for this client (equipment, pain, or the causes it works on).");
            }
            case DOSE -> {
                Optional<PlannedExercise> planned = planned(effective, change.getExerciseId());
                if (planned.isEmpty()) {
                    yield Optional.of(name(change.getExerciseId()) + " is not in this programme.");
                }
                yield doseProblem(request, planned.get(), change.getDose())
                        .map(p -> name(change.getExerciseId()) + ": " + p.getMessage());
            }
            case WEEK -> Optional.empty();
            case PHASE -> explicitPhase == null && change.getPhaseId().equals(generated.phaseId()) ? Optional.empty()
                    : Optional.of("The phase " + phaseName(change.getPhaseId()) + " does not apply: "
                    + (generated.kind() == Programme.Kind.FULL ? "the programme moved on to another phase."
                    : "the programme is gentle and low-load while activity pain is high."));
        };
    }

    private static Optional<String> latestPhase(List<ProgrammeOverride> ordered) {
        return ordered.stream().filter(o -> o.getKind() == ProgrammeOverride.Kind.PHASE)
                .map(ProgrammeOverride::getPhaseId).reduce((first, last) -> last);
    }

    private Week weekOf(AssessmentDetails assessment, List<ProgrammeOverride> changes) {
        return changes.stream().filter(o -> o.getKind() == ProgrammeOverride.Kind.WEEK)
                .max(Comparator.comparing(ProgrammeOverride::getMadeAt))
                .map(o -> new Week(o.getSessionsPerWeek(), o.getMinutesPerSession()))
                .orElse(new Week(assessment.aboutYou().sessionsPerWeek(), assessment.aboutYou().minutesPerSession()));
    }

    private AssessmentDetails assessmentOf(PrescribedProgramme stored) {
        return assessments.get(stored.getOwnerId(), stored.getAssessmentId());
    }

    /** The request a stored programme was generated from: its assessment with its week and phase overrides. */
    private PrescriptionRequest requestOf(PrescribedProgramme stored) {
        List<ProgrammeOverride> changes = overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId());
        PrescriptionRequest request = requestFor(assessmentOf(stored), changes);
        return request.inPhase(stored.getKind() == Programme.Kind.FULL ? generated(stored).phaseId() : null)
                .holding(holds.forPerson(stored.getOwnerId()).keySet());
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

    private Programme generated(PrescribedProgramme stored) {
        return stored.getBody();
    }

    private Programme effective(PrescribedProgramme stored) {
        Programme programme = generated(stored);
        for (ProgrammeOverride change : overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId())) {
            programme = apply(programme, change);
        }
        return programme;
    }

    /** Swaps and doses change the sessions; week and phase changes are already in the generated programme. */
    private Programme apply(Programme programme, ProgrammeOverride change) {
        if (change.getKind() == ProgrammeOverride.Kind.SWAP) {
            Optional<Exercise> replacement = content.exercise(change.getReplacementId());
            if (replacement.isEmpty()) {
                return programme; // the content pack no longer has it: the generated exercise stands
            }
            return mapExercises(programme, change.getExerciseId(),
                    planned -> engine.swapped(planned, replacement.get().id()));
        }
        if (change.getKind() == ProgrammeOverride.Kind.DOSE) {
            return mapExercises(programme, change.getExerciseId(),
                    planned -> engine.reestimated(dosed(planned, change.getDose())));
        }
        return programme;
    }

    /** The programme with one exercise changed wherever it is planned; the sessions' minutes follow the change. */
    private Programme mapExercises(Programme programme, String exerciseId,
                                   java.util.function.UnaryOperator<PlannedExercise> change) {
        List<SessionPlan> sessions = programme.sessions().stream().map(session -> {
            if (session.exercises().stream().noneMatch(e -> e.exerciseId().equals(exerciseId))) {
                return session;
            }
            List<PlannedExercise> exercises = session.exercises().stream()
                    .map(planned -> planned.exerciseId().equals(exerciseId) ? change.apply(planned) : planned)
                    .toList();
            return new SessionPlan(session.number(), session.dayOfWeek(), session.warmUp(), exercises,
                    engine.estimatedMinutes(exercises));
        }).toList();
        return new Programme(programme.kind(), programme.phaseId(), programme.phases(), sessions,
                programme.safetyNotes(), programme.education(), programme.referralSuggested());
    }

    private static PlannedExercise dosed(PlannedExercise p, Dose dose) {
        boolean timed = p.holdSecondsMax() > 0;
        int min = dose.rangeMin() == null ? -1 : dose.rangeMin();
        int max = dose.rangeMax() == null ? -1 : dose.rangeMax();
        return new PlannedExercise(p.exerciseId(), p.pillar(), dose.sets() == null ? p.sets() : dose.sets(),
                !timed && min > 0 ? min : p.repsMin(), !timed && max > 0 ? max : p.repsMax(),
                timed && min > 0 ? min : p.holdSecondsMin(), timed && max > 0 ? max : p.holdSecondsMax(),
                p.tempo(), p.restSeconds(), p.extraSetsOn(), p.extraSets(),
                dose.loadGuidance() == null ? p.loadGuidance() : dose.loadGuidance(), p.estimatedSeconds(),
                p.rationale());
    }

    private static Optional<PlannedExercise> planned(Programme programme, String exerciseId) {
        return programme.sessions().stream().flatMap(s -> s.exercises().stream())
                .filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
    }

    private static Set<String> exerciseIds(Programme programme) {
        return programme.sessions().stream().flatMap(s -> s.exercises().stream()).map(PlannedExercise::exerciseId)
                .collect(Collectors.toSet());
    }

    private String name(String exerciseId) {
        return content.exercise(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    private String phaseName(String phaseId) {
        return phases().stream().filter(p -> p.id().equals(phaseId)).map(Phase::name).findFirst().orElse(phaseId);
    }

    private ProgrammeDetails details(PrescribedProgramme stored) {
        List<ProgrammeDetails.Change> changes = overrides.findByProgrammeIdOrderByMadeAtAsc(stored.getId()).stream()
                .map(o -> new ProgrammeDetails.Change(o.getKind(), o.getExerciseId(), o.getReplacementId(), summary(o),
                        o.getMadeByName(), o.isMadeByTrainer(), o.getMadeAt(), o.getReason()))
                .toList();
        return new ProgrammeDetails(stored.getId(), stored.getVersionNumber(), stored.getCreatedAt(),
                stored.getAssessmentId(), stored.isCurrent(), effective(stored), changes);
    }

    private String summary(ProgrammeOverride o) {
        return switch (o.getKind()) {
            case SWAP -> name(o.getReplacementId()) + " instead of " + name(o.getExerciseId());
            case DOSE -> {
                Dose d = o.getDose();
                List<String> parts = new ArrayList<>();
                if (d.sets() != null) {
                    parts.add(d.sets() + (d.sets() == 1 ? " set" : " sets"));
                }
                if (d.rangeMin() != null) {
                    boolean timed = content.exercise(o.getExerciseId()).map(e -> e.dosage().isTimed()).orElse(false);
                    String range = d.rangeMin().equals(d.rangeMax()) ? "" + d.rangeMin() : d.rangeMin() + "–" + d.rangeMax();
                    parts.add(range + (timed ? " s hold" : " reps"));
                }
                if (d.loadGuidance() != null) {
                    parts.add("weight: " + d.loadGuidance());
                }
                yield name(o.getExerciseId()) + ": " + String.join(" · ", parts);
            }
            case WEEK -> o.getSessionsPerWeek() + (o.getSessionsPerWeek() == 1 ? " session" : " sessions")
                    + " a week, " + o.getMinutesPerSession() + " minutes each";
            case PHASE -> "Phase: " + phaseName(o.getPhaseId());
        };
    }
}
