package com.kneeline.content.model;

import java.util.List;

/**
 * A cause or contributor of dynamic knee valgus the assessment can point to. The pillars say which parts of a
 * programme address it; every pillar other than education must be backed by at least one exercise. A strong or likely
 * finding gets its {@code entryExercises} (each one addressing it) in the first phase's week before anything else.
 */
public record Finding(
        String id,
        @MaxChars(60) String name,
        String explanation,
        String whyItMatters,
        @MinItems(1) List<Risk> risks,
        @MinItems(1) List<Pillar> pillars,
        @Opt List<String> entryExercises,
        boolean perSide,
        boolean professionalAssessment,
        @Opt String professionalAdvice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Cited {

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
