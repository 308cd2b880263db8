package com.kneeline.content.model;

import java.util.List;

/** A safety-screen question; a "yes" sends the person to a professional at the flag's level of urgency. */
public record SafetyFlag(
        String id,
        FlagLevel level,
        String question,
        String help,
        String professional,
        String howSoon,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence) implements Cited {

    public SafetyFlag {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
