package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One exercise, one step of one ladder. See content/README.md for every field. */
public record Exercise(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull Pillar pillar,
        @NotNull @Size(min = 1) List<String> addresses,
        @NotNull String why,
        @NotNull List<String> equipment,
        boolean unilateral,
        boolean loadable,
        @NotNull MovementPattern pattern,
        @NotNull String ladder,
        @Min(1) @Max(20) int level,
        @NotNull @Size(min = 2) List<String> instructions,
        @NotNull @Size(min = 1) List<String> cues,
        @NotNull @Size(min = 1) List<String> faults,
        @NotNull Dosage dosage,
        String loadGuidance,
        @NotNull Contraindications contraindications,
        @NotNull @Size(min = 1) List<String> references) implements Cited {

    public Exercise {
        addresses = List.copyOf(addresses);
        equipment = List.copyOf(equipment);
        instructions = List.copyOf(instructions);
        cues = List.copyOf(cues);
        faults = List.copyOf(faults);
        references = List.copyOf(references);
    }
}
