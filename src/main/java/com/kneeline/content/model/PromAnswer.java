package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One answer and the points the published scoring gives it. */
public record PromAnswer(@NotNull String id, @NotNull @Size(max = 80) String label, @Min(-10) @Max(100) int points) {
}
