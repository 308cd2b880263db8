package com.kneeline.content.model;

import java.util.List;

/**
 * Turns assessment answers into a finding: when every condition holds, the finding is reported with this strength.
 * {@code explanation} is the sentence shown to the person; {@code {side}} and {@code {input-id}} placeholders are
 * filled with the side and the answers. {@code evidence} markers say how well the thresholds are backed.
 */
public record InferenceRule(
        String id,
        String finding,
        SideHandling side,
        Strength strength,
        String explanation,
        @MinItems(1) List<Condition> when,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Cited {

    public InferenceRule {
        when = List.copyOf(when);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
