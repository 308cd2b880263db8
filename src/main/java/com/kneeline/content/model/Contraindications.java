package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** When not to prescribe an exercise: activity pain above maxPain, or any of the listed safety flags. */
public record Contraindications(
        @Min(0) @Max(10) int maxPain,
        @NotNull List<String> excludedBy,
        String notes) {

    public Contraindications {
        excludedBy = List.copyOf(excludedBy);
    }
}
