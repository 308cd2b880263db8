package com.kneeline.prescription;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.springframework.stereotype.Component;

/**
 * Checks a {@link Dose} against the constraints declared on it, for a rep-based or a held exercise, and names the
 * form field each problem belongs to. The services and the plan editor both ask here, so the bounds and their
 * sentences are written once.
 */
@Component
public class DoseBounds {

    private final Validator validator;

    DoseBounds(Validator validator) {
        this.validator = validator;
    }

    /** The first problem per field, in field order; empty when the dose is within bounds. */
    public Map<AdjustmentRefusedException.Field, String> problems(Dose dose, boolean timed) {
        Map<AdjustmentRefusedException.Field, String> out = new LinkedHashMap<>();
        validator.validate(dose, Default.class, timed ? Dose.Hold.class : Dose.Reps.class).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Dose> v) -> field(v.getPropertyPath().toString()))
                        .thenComparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> out.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
        return out;
    }

    /** The problem with one value of a dose ({@code sets}, {@code rangeMin}, ...), for a form field's own check. */
    public Optional<String> problem(String property, Object value, boolean timed) {
        return validator.validateValue(Dose.class, property, value, Default.class,
                        timed ? Dose.Hold.class : Dose.Reps.class).stream()
                .map(ConstraintViolation::getMessage).findFirst();
    }

    /** The first problem, as the refusal a service throws. */
    public Optional<AdjustmentRefusedException> refusal(Dose dose, boolean timed) {
        return problems(dose, timed).entrySet().stream().findFirst()
                .map(p -> new AdjustmentRefusedException(p.getKey(), p.getValue()));
    }

    private static AdjustmentRefusedException.Field field(String property) {
        return switch (property) {
            case "sets" -> AdjustmentRefusedException.Field.SETS;
            case "loadGuidance" -> AdjustmentRefusedException.Field.LOAD_GUIDANCE;
            default -> AdjustmentRefusedException.Field.RANGE;
        };
    }
}
