package com.kneeline.content.model;

import java.util.List;

/** A minimal detectable change for one measure in one context, in the measure's unit. */
public record Mdc(
        MdcContext context,
        @Range(min = 0, max = 1000) double value,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Mdc {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
