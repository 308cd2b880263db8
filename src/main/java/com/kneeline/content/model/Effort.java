package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Target effort per working set, as RPE and the equivalent reps in reserve. */
public record Effort(
        @NotNull String summary,
        @NotNull @DecimalMin("1") @DecimalMax("10") NumberRange targetRpe,
        @NotNull @DecimalMin("0") @DecimalMax("6") IntRange repsInReserve,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public Effort {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
