package com.kneeline.content.model;

import java.util.List;

/** One exercise, one step of one ladder. See content/README.md for every field. */
public record Exercise(
        String id,
        @MaxChars(60) String name,
        Pillar pillar,
        @MinItems(1) List<String> addresses,
        String why,
        List<String> equipment,
        boolean unilateral,
        boolean loadable,
        MovementPattern pattern,
        String ladder,
        @Range(min = 1, max = 20) int level,
        @MinItems(2) List<String> instructions,
        @MinItems(1) List<String> cues,
        @MinItems(1) List<String> faults,
        Dosage dosage,
        @Opt String loadGuidance,
        Contraindications contraindications,
        @MinItems(1) List<String> references) implements Cited {

    public Exercise {
        addresses = List.copyOf(addresses);
        equipment = List.copyOf(equipment);
        instructions = List.copyOf(instructions);
        cues = List.copyOf(cues);
        faults = List.copyOf(faults);
        references = List.copyOf(references);
    }
}
