package com.kneeline.content.model;

import java.util.List;

/** Do not load a movement while the knee still caves in; form-gated ladders hold at their max-level-while-caving. */
public record FormGate(
        String rule,
        String whenCaving,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public FormGate {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
