package com.kneeline.content.model;

import java.util.List;

/**
 * Do not load a movement while the knee still caves in; form-gated ladders hold at their max-level-while-caving.
 * On an unloaded movement, {@code cavingSessionsToHold} sessions in a row with the knee caving hold the dose with the
 * exercise's cue, and {@code cavingSessionsToStepDown} in a row step it down its ladder (or, at the easiest step, to
 * the supported way of doing it that {@code supportedVariant} describes).
 */
public record FormGate(
        String rule,
        String whenCaving,
        @Range(min = 1, max = 10) int cavingSessionsToHold,
        @Range(min = 1, max = 10) int cavingSessionsToStepDown,
        String supportedVariant,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public FormGate {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
