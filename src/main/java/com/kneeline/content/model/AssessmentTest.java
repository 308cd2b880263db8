package com.kneeline.content.model;

import java.util.List;

/** A self-test or question block of the assessment wizard, placed on one wizard step. */
public record AssessmentTest(
        String id,
        @MaxChars(60) String name,
        WizardStep step,
        boolean perSide,
        String purpose,
        Instructions instructions,
        @MinItems(1) List<Input> inputs,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Cited {

    public AssessmentTest {
        // Inputs inherit per-side from their test unless they say otherwise, so the YAML stays short.
        inputs = inputs.stream().map(i -> i.perSide() == null ? i.withPerSide(perSide) : i).toList();
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
