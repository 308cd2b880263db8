package com.kneeline.trainer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.Role;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Phase;
import com.kneeline.prescription.PlanRequest;
import com.kneeline.prescription.ClientPlanService;
import com.kneeline.prescription.DoseBounds;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates for the signed-in trainer: list, create, edit, delete their own (another trainer's template is not
 * found), and apply one to a client they coach.
 */
@Service
public class TemplateService {

    /** Field keys of {@link TemplateInvalidException#errors()}; exercise rules are {@code rule.<index>}. */
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String SESSIONS = "sessionsPerWeek";
    public static final String MINUTES = "minutesPerSession";
    public static final String PHASE = "phase";
    public static final String RULES = "rules";

    private final ProgrammeTemplateRepository templates;
    private final ClientPlanService programmes;
    private final DoseBounds doseBounds;
    private final Validator validator;
    private final ContentService content;
    private final PersonAccess access;
    private final Clock clock;

    TemplateService(ProgrammeTemplateRepository templates, ClientPlanService programmes, DoseBounds doseBounds,
                    Validator validator, ContentService content, PersonAccess access, Clock clock) {
        this.templates = templates;
        this.programmes = programmes;
        this.doseBounds = doseBounds;
        this.validator = validator;
        this.content = content;
        this.access = access;
        this.clock = clock;
    }

    /** The signed-in trainer's id; anyone else has no templates to reach. */
    private long trainer() {
        AccountSummary me = access.me();
        if (!me.hasRole(Role.TRAINER)) {
            throw new IllegalStateException("Templates are for trainers");
        }
        return me.id();
    }

    private ProgrammeTemplate mine(long id) {
        return templates.findByIdAndTrainerId(id, trainer()).orElseThrow(() -> new TemplateNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public Page<TemplateSummary> list(Pageable pageable) {
        return templates.findByTrainerId(trainer(), pageable).map(this::summary);
    }

    /** The trainer's templates whose name contains {@code search} (any case), one page from the database. */
    @Transactional(readOnly = true)
    public Page<TemplateSummary> search(String search, Pageable pageable) {
        String part = search == null ? "" : search.strip();
        return part.isEmpty() ? list(pageable)
                : templates.findByTrainerIdAndNameContainingIgnoreCase(trainer(), part, pageable).map(this::summary);
    }

    @Transactional(readOnly = true)
    public long count() {
        return templates.countByTrainerId(trainer());
    }

    @Transactional(readOnly = true)
    public TemplateForm get(long id) {
        ProgrammeTemplate t = mine(id);
        return new TemplateForm(t.getName(), t.getDescription(), t.getSessionsPerWeek(), t.getMinutesPerSession(),
                t.getPhaseId(), t.getExercises().stream()
                .map(e -> new TemplateForm.Rule(e.getExerciseId(), e.getReplacementId(), e.getDose())).toList());
    }

    @Transactional
    public long create(TemplateForm form) {
        long me = trainer();
        validate(form);
        ProgrammeTemplate t = new ProgrammeTemplate(me, form.name(), clock.instant());
        fill(t, form);
        return templates.save(t).getId();
    }

    @Transactional
    public void update(long id, TemplateForm form) {
        ProgrammeTemplate t = mine(id);
        validate(form);
        t.setName(form.name());
        fill(t, form);
        t.touched(clock.instant());
    }

    @Transactional
    public void delete(long id) {
        templates.delete(mine(id));
    }

    /**
     * Generates the client's programme from their latest assessment with this template's parameters; the rules
     * that are not valid or safe for this client are skipped and listed with the reason.
     */
    @Transactional
    public PlanRequest.Outcome applyTo(long clientId, long templateId) {
        ProgrammeTemplate t = mine(templateId);
        return programmes.generateForClient(clientId, new PlanRequest(t.getSessionsPerWeek(), t.getMinutesPerSession(),
                t.getPhaseId(), t.getExercises().stream().map(e -> new PlanRequest.ExerciseRule(e.getExerciseId(),
                e.getReplacementId(), e.getDose())).toList()));
    }

    private static void fill(ProgrammeTemplate t, TemplateForm form) {
        t.setDescription(form.description());
        t.setWeek(form.sessionsPerWeek(), form.minutesPerSession());
        t.setPhaseId(form.phaseId());
        t.setExercises(form.exercises().stream()
                .map(r -> new TemplateExercise(r.exerciseId(), r.replacementId(), r.dose())).toList());
    }

    /** Bounds and content checks with a sentence per field; a client's own suitability is checked when applied. */
    private void validate(TemplateForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(switch (v.getPropertyPath().toString()) {
                    case "exercises" -> RULES;
                    default -> v.getPropertyPath().toString();
                }, v.getMessage()));
        if (form.phaseId() != null && !form.phaseId().isBlank()
                && content.catalogue().progression().phases().stream().map(Phase::id).noneMatch(form.phaseId()::equals)) {
            errors.put(PHASE, "Choose one of the phases listed.");
        }
        for (TemplateForm.Rule rule : form.exercises()) {
            ruleProblem(rule).ifPresent(problem -> errors.putIfAbsent(RULES, problem));
        }
        if (!errors.isEmpty()) {
            throw new TemplateInvalidException(errors);
        }
    }

    private Optional<String> ruleProblem(TemplateForm.Rule rule) {
        Optional<Exercise> exercise = Optional.ofNullable(rule.exerciseId()).flatMap(content::exercise);
        if (exercise.isEmpty()) {
            return Optional.of("Choose the exercise each rule is for.");
        }
        Optional<Exercise> target = exercise;
        if (rule.replacementId() != null) {
            target = content.exercise(rule.replacementId());
            if (target.isEmpty() || target.get().pillar() != exercise.get().pillar()
                    || target.get().id().equals(exercise.get().id())) {
                return Optional.of(exercise.get().name() + ": use instead an exercise of the same kind ("
                        + exercise.get().pillar().name().toLowerCase(java.util.Locale.ROOT) + ").");
            }
        }
        if (rule.replacementId() == null && rule.dose().isEmpty()) {
            return Optional.of(exercise.get().name() + ": choose another exercise or change the dose.");
        }
        Exercise e = target.get();
        Optional<String> bounds = doseBounds.problems(rule.dose(), e.dosage().isTimed()).values().stream().findFirst();
        if (bounds.isPresent()) {
            return Optional.of(e.name() + ": " + bounds.get());
        }
        return rule.dose().loadGuidance() != null && !e.loadable()
                ? Optional.of(e.name() + " is done without added weight.") : Optional.empty();
    }

    private TemplateSummary summary(ProgrammeTemplate t) {
        String phase = t.getPhaseId() == null ? null : content.catalogue().progression().phases().stream()
                .filter(p -> p.id().equals(t.getPhaseId())).map(Phase::name).findFirst().orElse(t.getPhaseId());
        return new TemplateSummary(t.getId(), t.getName(), t.getDescription(), t.getSessionsPerWeek(),
                t.getMinutesPerSession(), phase, t.getExercises().size(), t.getUpdatedAt());
    }
}
