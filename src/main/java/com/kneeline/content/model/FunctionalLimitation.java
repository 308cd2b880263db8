package com.kneeline.content.model;

import java.util.List;

/** Check-in question about significant functional limitation; a yes suggests a professional assessment. */
public record FunctionalLimitation(
        String question,
        String help,
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public FunctionalLimitation {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
