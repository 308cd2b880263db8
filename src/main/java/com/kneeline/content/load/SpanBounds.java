package com.kneeline.content.load;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import com.kneeline.content.model.Span;

/**
 * {@code @DecimalMin} / {@code @DecimalMax} on a range such as {@code reps: {min: 8, max: 12}} bound both ends.
 * Registered in META-INF/services, so any Hibernate Validator (the application's too) knows them; public with public
 * constructors because the validator creates them.
 */
public abstract sealed class SpanBounds<A extends Annotation> implements ConstraintValidator<A, Span> {

    private double lowest = Double.NEGATIVE_INFINITY;
    private double highest = Double.POSITIVE_INFINITY;

    @Override
    public boolean isValid(Span span, ConstraintValidatorContext context) {
        return span == null || span.lower() >= lowest && span.upper() <= highest;
    }

    public static final class Min extends SpanBounds<DecimalMin> {
        @Override
        public void initialize(DecimalMin a) {
            super.lowestIs(a.value());
        }
    }

    public static final class Max extends SpanBounds<DecimalMax> {
        @Override
        public void initialize(DecimalMax a) {
            super.highestIs(a.value());
        }
    }

    void lowestIs(String value) {
        lowest = new BigDecimal(value).doubleValue();
    }

    void highestIs(String value) {
        highest = new BigDecimal(value).doubleValue();
    }
}
