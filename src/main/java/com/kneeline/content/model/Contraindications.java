package com.kneeline.content.model;

import java.util.List;

/** When not to prescribe an exercise: activity pain above maxPain, or any of the listed safety flags. */
public record Contraindications(
        @Range(min = 0, max = 10) int maxPain,
        List<String> excludedBy,
        @Opt String notes) {

    public Contraindications {
        excludedBy = List.copyOf(excludedBy);
    }
}
