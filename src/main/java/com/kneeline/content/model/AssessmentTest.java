package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A self-test or question block of the assessment wizard, placed on one wizard step. */
public record AssessmentTest(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull WizardStep step,
        boolean perSide,
        @NotNull String purpose,
        @NotNull Instructions instructions,
        @NotNull @Size(min = 1) List<Input> inputs,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Cited {

    public AssessmentTest {
        // Inputs inherit per-side from their test unless they say otherwise, so the YAML stays short.
        inputs = inputs.stream().map(i -> i.perSide() == null ? i.withPerSide(perSide) : i).toList();
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
