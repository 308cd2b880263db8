package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Seconds per phase of a repetition. */
public record Tempo(@Min(0) @Max(10) int lower, @Min(0) @Max(10) int pause, @Min(0) @Max(10) int lift) {
}
