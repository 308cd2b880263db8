package com.kneeline.content.load;

import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import com.kneeline.content.model.Span;

/** {@code @DecimalMin} / {@code @DecimalMax} on a range such as {@code reps: {min: 8, max: 12}} bound both ends. */
public final class SpanBounds {

    private SpanBounds() {
    }

    /** Public with a public constructor: Hibernate Validator creates it. */
    public static final class Min implements ConstraintValidator<DecimalMin, Span> {
        private double bound;

        public Min() {
            // created by Hibernate Validator
        }

        @Override
        public void initialize(DecimalMin a) {
            bound = new BigDecimal(a.value()).doubleValue();
        }

        @Override
        public boolean isValid(Span span, ConstraintValidatorContext context) {
            return span == null || span.lower() >= bound && span.upper() >= bound;
        }
    }

    public static final class Max implements ConstraintValidator<DecimalMax, Span> {
        private double bound;

        public Max() {
            // created by Hibernate Validator
        }

        @Override
        public void initialize(DecimalMax a) {
            bound = new BigDecimal(a.value()).doubleValue();
        }

        @Override
        public boolean isValid(Span span, ConstraintValidatorContext context) {
            return span == null || span.lower() <= bound && span.upper() <= bound;
        }
    }
}
