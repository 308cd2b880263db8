package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * One answer the wizard collects. Numeric types (integer, decimal, scale) carry min/max; choice carries choices.
 * {@code perSide} left out in YAML means "same as the test"; the loaded value is always set. An input with
 * {@code measuredFromVideo} can be filled in by the video tool, which also records how it was measured.
 */
public record Input(
        @NotNull String id,
        @NotNull String label,
        @NotNull String help,
        @NotNull InputType type,
        String unit,
        Double min,
        Double max,
        boolean optional,
        Boolean perSide,
        List<Choice> choices,
        RequiredWhen requiredWhen,
        VideoMeasure measuredFromVideo) {

    public Input {
        choices = List.copyOf(choices);
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("'min' must not be more than 'max'");
        }
        if (measuredFromVideo != null && type != InputType.DECIMAL) {
            throw new IllegalArgumentException("'measured-from-video' needs a decimal input (angles in degrees)");
        }
    }

    public boolean isNumeric() {
        return type == InputType.INTEGER || type == InputType.DECIMAL || type == InputType.SCALE;
    }

    public boolean isPerSide() {
        return Boolean.TRUE.equals(perSide);
    }

    Input withPerSide(boolean value) {
        return new Input(id, label, help, type, unit, min, max, optional, value, choices, requiredWhen, measuredFromVideo);
    }
}
