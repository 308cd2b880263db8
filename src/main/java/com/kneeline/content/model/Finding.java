package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A cause or contributor of dynamic knee valgus the assessment can point to. The pillars say which parts of a
 * programme address it; every pillar other than education must be backed by at least one exercise. A strong or likely
 * finding gets its {@code entryExercises} (each one addressing it) in the first phase's week before anything else.
 */
public record Finding(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull String explanation,
        @NotNull String whyItMatters,
        @NotNull @Size(min = 1) List<Risk> risks,
        @NotNull @Size(min = 1) List<Pillar> pillars,
        List<String> entryExercises,
        boolean perSide,
        boolean professionalAssessment,
        String professionalAdvice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Cited {

    public Finding {
        risks = List.copyOf(risks);
        pillars = List.copyOf(pillars);
        entryExercises = List.copyOf(entryExercises);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (professionalAssessment && professionalAdvice == null) {
            throw new IllegalArgumentException("'professional-advice' is required when 'professional-assessment' is true");
        }
    }
}
