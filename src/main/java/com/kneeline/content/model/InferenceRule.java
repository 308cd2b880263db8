package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Turns assessment answers into a finding: when every condition holds, the finding is reported with this strength.
 * {@code explanation} is the sentence shown to the person; {@code {side}} and {@code {input-id}} placeholders are
 * filled with the side and the answers. {@code evidence} markers say how well the thresholds are backed.
 */
public record InferenceRule(
        @NotNull String id,
        @NotNull String finding,
        @NotNull SideHandling side,
        @NotNull Strength strength,
        @NotNull String explanation,
        @NotNull @Size(min = 1) List<Condition> when,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Cited {

    public InferenceRule {
        when = List.copyOf(when);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
