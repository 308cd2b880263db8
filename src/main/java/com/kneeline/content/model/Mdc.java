package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A minimal detectable change for one measure in one context, in the measure's unit. */
public record Mdc(
        @NotNull MdcContext context,
        @DecimalMin("0") @DecimalMax("1000") double value,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public Mdc {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
