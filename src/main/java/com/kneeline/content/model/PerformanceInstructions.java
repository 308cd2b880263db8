package com.kneeline.content.model;

import java.util.List;

/** Lay instructions for a performance test: space and equipment, how to do it, how to record it, safety. */
public record PerformanceInstructions(
        @MinItems(1) List<String> space,
        @MinItems(1) List<String> steps,
        @MinItems(1) List<String> record,
        @MinItems(1) List<String> safety) {
    public PerformanceInstructions {
        space = List.copyOf(space);
        steps = List.copyOf(steps);
        record = List.copyOf(record);
        safety = List.copyOf(safety);
    }
}
