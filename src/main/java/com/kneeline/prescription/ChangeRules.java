package com.kneeline.prescription;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.Template;
import com.kneeline.prescription.engine.PrescriptionEngine;
import com.kneeline.prescription.engine.PrescriptionRequest;
import com.kneeline.prescription.engine.Refusal;

import org.springframework.stereotype.Component;

/**
 * What every {@link PlanChange} needs to apply itself and to say why it is refused: the engine's eligibility rules,
 * their sentences from content, the dose and week bounds, and names for exercises and phases.
 */
@Component
class ChangeRules {

    final PrescriptionEngine engine;
    final DoseBounds doses;
    private final ContentService content;
    private final Validator validator;

    ChangeRules(PrescriptionEngine engine, DoseBounds doses, ContentService content, Validator validator) {
        this.engine = engine;
        this.doses = doses;
        this.content = content;
        this.validator = validator;
    }

    /** The content's sentence for an engine refusal. */
    String text(Refusal refusal) {
        PrescriptionRules.RefusalWording w = content.catalogue().prescription().wording().refusals();
        String template = switch (refusal.code()) {
            case EQUIPMENT -> w.equipment();
            case PAIN_LIMIT -> w.painLimit();
            case FLAG_EXCLUSION -> w.flagExclusion();
            case FORM_GATE_CAP -> w.formGateCap();
            case LOW_LOAD_PATTERN -> w.lowLoadPattern();
            case LOAD_LOW_LOAD -> w.loadLowLoad();
            case LOAD_FORM_GATE -> w.loadFormGate();
            case LOAD_NOT_LOADABLE -> w.loadNotLoadable();
        };
        return Template.fill(template, (Map<String, String>) refusal.params());
    }

    /** The engine's refusal of the exercise for this request, as the refusal of a form field. */
    Optional<AdjustmentRefusedException> refusal(PrescriptionRequest request, String exerciseId,
                                                 AdjustmentRefusedException.Field field) {
        return engine.refusal(request, exerciseId).map(r -> new AdjustmentRefusedException(field, text(r)));
    }

    Optional<AdjustmentRefusedException> loadRefusal(PrescriptionRequest request, String exerciseId) {
        return engine.loadRefusal(request, exerciseId).map(r -> new AdjustmentRefusedException(
                AdjustmentRefusedException.Field.LOAD_GUIDANCE, text(r)));
    }

    /** The first bound the week breaks, next to its field. */
    Optional<AdjustmentRefusedException> weekRefusal(Week week) {
        return validator.validate(week).stream()
                .min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString(),
                        java.util.Comparator.reverseOrder()))
                .map(v -> new AdjustmentRefusedException(v.getPropertyPath().toString().equals("minutesPerSession")
                        ? AdjustmentRefusedException.Field.MINUTES : AdjustmentRefusedException.Field.SESSIONS,
                        v.getMessage()));
    }

    Optional<Exercise> exercise(String id) {
        return content.exercise(id);
    }

    String name(String exerciseId) {
        return content.exercise(exerciseId).map(Exercise::name).orElse(exerciseId);
    }

    List<Phase> phases() {
        return content.catalogue().progression().phases();
    }

    boolean knownPhase(String phaseId) {
        return phases().stream().anyMatch(p -> p.id().equals(phaseId));
    }

    String phaseName(String phaseId) {
        return phases().stream().filter(p -> p.id().equals(phaseId)).map(Phase::name).findFirst().orElse(phaseId);
    }
}
