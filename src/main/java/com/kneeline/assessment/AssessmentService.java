package com.kneeline.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.FindingsEngine;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.WizardStep;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment feature's public API. Every method works on the signed-in person's own assessments only: an id
 * that belongs to someone else is answered exactly like one that does not exist.
 */
@Service
public class AssessmentService {

    /** Error keys for the about-you fields, e.g. {@code about.minutes}. */
    public static final String ABOUT = "about.";

    private final AssessmentRepository repository;
    private final ContentService content;
    private final FindingsEngine engine;
    private final CurrentUser currentUser;
    private final PersonAccess access;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final SafetyGate gate;
    private final StepAnswers stepAnswers;

    AssessmentService(AssessmentRepository repository, ContentService content, FindingsEngine engine,
                      CurrentUser currentUser, PersonAccess access, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.gate = new SafetyGate(repository, engine, clock);
        this.stepAnswers = new StepAnswers(content, engine, clock);
        this.repository = repository;
        this.content = content;
        this.engine = engine;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    private long me() {
        return currentUser.get().map(AccountSummary::id)
                .orElseThrow(() -> new IllegalStateException("Assessments need a signed-in account"));
    }

    private Assessment mine(long id) {
        return repository.findByIdAndOwnerId(id, me()).orElseThrow(() -> new AssessmentNotFoundException(id));
    }

    /** The person's id if the signed-in account may read their assessments (themselves, or their trainer). */
    private long readable(long personId) {
        try {
            return access.requireReadable(personId);
        } catch (PersonNotFoundException notVisible) {
            throw new AssessmentNotFoundException(personId);
        }
    }

    /** One of a person's assessments, for them or their trainer; any other id is not found. */
    @Transactional(readOnly = true)
    public AssessmentDetails get(long personId, long assessmentId) {
        return repository.findByIdAndOwnerId(assessmentId, readable(personId)).map(this::details)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
    }

    /** A person's assessments (newest first when the page asks so), for them or their trainer. */
    @Transactional(readOnly = true)
    public Page<AssessmentSummary> history(long personId, Pageable pageable) {
        return repository.summariesByOwner(readable(personId), pageable);
    }

    @Transactional(readOnly = true)
    public long historyCount(long personId) {
        return repository.countByOwnerId(readable(personId));
    }

    /** A person's latest completed assessment, for them or their trainer. */
    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> latestCompleted(long personId) {
        return repository.findFirstByOwnerIdAndStatusOrderByFinishedAtDescIdDesc(readable(personId),
                AssessmentStatus.COMPLETED).map(AssessmentService::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentDetails> currentDraft() {
        return repository.findFirstByOwnerIdAndStatusOrderByStartedAtDescIdDesc(me(), AssessmentStatus.DRAFT).map(this::details);
    }

    /** The person's draft if they have one, so leaving and coming back resumes it; otherwise a new one. */
    @Transactional
    public AssessmentDetails startOrResume() {
        long owner = me();
        Assessment draft = repository.findFirstByOwnerIdAndStatusOrderByStartedAtDescIdDesc(owner, AssessmentStatus.DRAFT)
                .orElseGet(() -> repository.save(new Assessment(owner, content.catalogue().version(), clock.instant())));
        return details(draft);
    }

    @Transactional(readOnly = true)
    public AssessmentDetails get(long id) {
        return details(mine(id));
    }

    @Transactional(readOnly = true)
    public Page<AssessmentSummary> history(Pageable pageable) {
        return history(me(), pageable);
    }

    /** The most recent completed assessment, for the home screen. */
    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> latestCompleted() {
        return latestCompleted(me());
    }

    /** The most recent assessment that concluded something: completed, or stopped by the safety screen. */
    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> latestConcluded() {
        return latestConcluded(me());
    }

    /** A person's latest completed or safety-stopped assessment, for them or their trainer. */
    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> latestConcluded(long personId) {
        return repository.findFirstByOwnerIdAndStatusInOrderByFinishedAtDescIdDesc(readable(personId),
                List.of(AssessmentStatus.COMPLETED, AssessmentStatus.STOPPED)).map(AssessmentService::summary);
    }

    private static AssessmentSummary summary(Assessment a) {
        return new AssessmentSummary(a.getId(), a.getStatus(), a.getStartedAt(), a.getFinishedAt(), a.getFindings().size());
    }

    /**
     * A person's concluded assessments (completed, or stopped by the safety screen), oldest first: the baseline and
     * every check-in since, for schedules and comparisons. Their own, or a linked client's for a trainer.
     */
    @Transactional(readOnly = true)
    public List<AssessmentDetails> concluded(long personId) {
        return repository.findByOwnerIdAndStatusInOrderByFinishedAtAscIdAsc(readable(personId),
                List.of(AssessmentStatus.COMPLETED, AssessmentStatus.STOPPED)).stream().map(this::details).toList();
    }

    @Transactional(readOnly = true)
    public long historyCount() {
        return historyCount(me());
    }

    /** The answers a wizard step asks for, in the order the content lists them, left before right. */
    public List<AnswerKey> keysOf(WizardStep step) {
        return stepAnswers.keysOf(step);
    }

    /**
     * {@link #saveStep} for a screen that says what it showed: when the step's stored answers (or the step itself)
     * changed since, nothing is saved and {@link EditConflictException} names the changes, so two tabs of one
     * assessment never silently overwrite each other. A concurrent save that slips between check and write is
     * caught by the entity's {@code @Version} and reported the same way.
     */
    @Transactional
    public StepOutcome saveStep(long id, WizardStep step, Map<AnswerKey, String> answers, AboutYou about,
                                Clearance clearance, boolean advance, AssessmentDetails shown) {
        AssessmentDetails now = details(mine(id));
        if (now.status() != AssessmentStatus.DRAFT) {
            return saveStep(id, step, answers, about, clearance, advance); // finished elsewhere: refused as before
        }
        List<AnswerKey> changed = keysOf(step).stream()
                .filter(key -> !Objects.equals(now.answers().raw(key), shown.answers().raw(key))).toList();
        boolean aboutChanged = step == WizardStep.ABOUT && !Objects.equals(now.aboutYou(), shown.aboutYou());
        if (now.currentStep() != shown.currentStep() || !changed.isEmpty() || aboutChanged) {
            throw new EditConflictException(now, changed, aboutChanged);
        }
        try {
            return saveStep(id, step, answers, about, clearance, advance);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException concurrent) {
            throw new EditConflictException(now, List.of(), false);
        }
    }

    /**
     * Saves a step's answers (valid ones are always kept, so nothing typed is lost) and, when {@code advance}
     * is set and everything required is answered, moves on: after the safety screen an acute or urgent flag
     * stops the assessment; after the last step the findings are concluded and frozen.
     *
     * @param answers raw answers by key; a missing or blank value means "not answered / don't know"
     * @param about   the about-you answers, only read on {@link WizardStep#ABOUT}
     */
    @Transactional
    public StepOutcome saveStep(long id, WizardStep step, Map<AnswerKey, String> answers, AboutYou about,
                                boolean advance) {
        return saveStep(id, step, answers, about, null, advance);
    }

    /**
     * As {@link #saveStep(long, WizardStep, Map, AboutYou, boolean)}, with the clearance answer the safety step asks
     * after an earlier stop ({@link #hold()}): without a clearance the assessment stops again with the same reasons;
     * with one (who, and a day from the stop to today) the flags it cleared no longer stop.
     */
    @Transactional
    public StepOutcome saveStep(long id, WizardStep step, Map<AnswerKey, String> answers, AboutYou about,
                                Clearance clearance, boolean advance) {
        Assessment assessment = mine(id);
        Instant now = clock.instant();
        StepAnswers.Checked checked = stepAnswers.check(step, answers, advance);
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        assessment.putAnswers(checked.changes(), now);
        Optional<Assessment> held = gate.holding(assessment.getOwnerId());
        if (step == WizardStep.SAFETY && held.isPresent()) {
            errors.putAll(gate.recordClearance(assessment, held.get(), clearance, now));
        }
        if (step == WizardStep.ABOUT) {
            errors.putAll(StepAnswers.aboutProblems(about, advance));
            if (about != null && StepAnswers.aboutProblems(about, true).isEmpty()) {
                assessment.setAboutYou(about, now);
            }
        }
        if (advance && errors.isEmpty()) {
            advance(assessment, step, held, now);
        }
        return new StepOutcome(details(assessment), errors);
    }

    /**
     * Why the person's programme is on hold, if it is: their latest concluded assessment stopped at the safety
     * screen (a red flag, or no clearance after an earlier one).
     */
    @Transactional(readOnly = true)
    public Optional<SafetyHold> hold() {
        return hold(me());
    }

    /** The same for a person the signed-in account may read (themselves, or a trainer's client). */
    @Transactional(readOnly = true)
    public Optional<SafetyHold> hold(long personId) {
        return gate.holding(readable(personId)).map(this::holdOf);
    }

    private SafetyHold holdOf(Assessment a) {
        return new SafetyHold(a.getId(), a.getFinishedAt(), details(a).raisedFlags(), a.isAwaitingClearance());
    }

    /** Keeps whatever valid answers the step has and goes one step back. */
    @Transactional
    public AssessmentDetails goBack(long id, WizardStep step, Map<AnswerKey, String> answers, AboutYou about) {
        saveStep(id, step, answers, about, false);
        Assessment assessment = mine(id);
        if (step.ordinal() > 0) {
            assessment.moveTo(WizardStep.values()[step.ordinal() - 1], clock.instant());
        }
        return details(assessment);
    }

    @Transactional
    public void abandon(long id) {
        mine(id).abandon(clock.instant());
    }

    /**
     * Moves on, unless the screen stops it: the safety step (with the clearance), and again after "about you",
     * whose year of birth completes the age-dependent flags.
     */
    private void advance(Assessment assessment, WizardStep step, Optional<Assessment> held, Instant now) {
        Answers all = answersOf(assessment);
        boolean screened = step == WizardStep.SAFETY || step == WizardStep.ABOUT;
        if (screened && gate.stopIfNeeded(assessment, step == WizardStep.SAFETY ? held : Optional.empty(), now)) {
            events.publishEvent(new AssessmentConcluded(assessment.getOwnerId(), assessment.getId(),
                    AssessmentStatus.STOPPED));
            return;
        }
        WizardStep[] steps = WizardStep.values();
        if (step.ordinal() + 1 < steps.length) {
            assessment.moveTo(steps[step.ordinal() + 1], now);
            return;
        }
        List<RecordedFinding> concluded = new ArrayList<>();
        for (InferredFinding finding : engine.infer(all)) {
            concluded.add(new RecordedFinding(finding.findingId(), finding.side(), finding.strength(),
                    finding.evidence().stream().map(Evidence::explanation).toList()));
        }
        assessment.complete(concluded, gate.remaining(assessment), now);
        events.publishEvent(new AssessmentConcluded(assessment.getOwnerId(), assessment.getId(),
                AssessmentStatus.COMPLETED));
    }

    private static Answers answersOf(Assessment assessment) {
        return SafetyGate.answersOf(assessment);
    }

    private AssessmentDetails details(Assessment a) {
        ContentCatalogue catalogue = content.catalogue();
        List<SafetyFlag> flags = a.getRaisedFlags().stream()
                .flatMap(id -> catalogue.safetyFlag(id).stream())
                .sorted(Comparator.comparing(SafetyFlag::level).thenComparing(f -> catalogue.safetyFlags().indexOf(f)))
                .toList();
        return new AssessmentDetails(a.getId(), a.getStatus(), a.getCurrentStep(), a.getStartedAt(), a.getFinishedAt(),
                answersOf(a), a.getAboutYou(), a.getFindings(), flags, a.getClearance(), a.isAwaitingClearance());
    }
}
