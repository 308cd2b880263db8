package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Lay instructions for a performance test: space and equipment, how to do it, how to record it, safety. */
public record PerformanceInstructions(
        @NotNull @Size(min = 1) List<String> space,
        @NotNull @Size(min = 1) List<String> steps,
        @NotNull @Size(min = 1) List<String> record,
        @NotNull @Size(min = 1) List<String> safety) {
    public PerformanceInstructions {
        space = List.copyOf(space);
        steps = List.copyOf(steps);
        record = List.copyOf(record);
        safety = List.copyOf(safety);
    }
}
