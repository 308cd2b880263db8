package com.kneeline.content.load;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.ProgressionRules;
import com.kneeline.content.model.Reference;
import com.kneeline.content.model.ReferralRules;
import com.kneeline.content.model.SafetyFlag;

/** The top-level shape of each file of a pack. A jar cannot be listed reliably, so pack.yaml names every file. */
final class PackFiles {

    private PackFiles() {
    }

    record Manifest(
            @NotNull @Size(max = 80) String name,
            @NotNull String version,
            @NotNull String references,
            @NotNull String equipment,
            @NotNull String findings,
            @NotNull String safety,
            @NotNull String tests,
            @NotNull String inference,
            @NotNull String ladders,
            @NotNull @Size(min = 1) List<ExerciseFile> exercises,
            @NotNull String progression,
            @NotNull String referral,
            @NotNull String prescription,
            String outcomes) {
    }

    record ExerciseFile(@NotNull String file, @NotNull Pillar pillar) {
    }

    record ReferencesFile(@NotNull @Size(min = 1) List<Reference> references) {
    }

    record EquipmentFile(@NotNull List<Equipment> equipment) {
    }

    record FindingsFile(@NotNull @Size(min = 1) List<Finding> findings, List<com.kneeline.content.model.RiskNote> riskNotes) {
    }

    record SafetyFile(@NotNull @Size(min = 1) List<SafetyFlag> flags) {
    }

    record TestsFile(@NotNull @Size(min = 1) List<AssessmentTest> tests) {
    }

    /** {@code strengths} is a short reviewer note explaining the strength scale; the scale itself is an enum. */
    record InferenceFile(String strengths, @NotNull @Size(min = 1) List<InferenceRule> rules) {
    }

    record LaddersFile(@NotNull @Size(min = 1) List<Ladder> ladders) {
    }

    record ExercisesFile(@NotNull @Size(min = 1) List<Exercise> exercises) {
    }

    record ProgressionFile(@NotNull ProgressionRules progression) {
    }

    record ReferralFile(@NotNull ReferralRules referral) {
    }

    record PrescriptionFile(@NotNull PrescriptionRules prescription) {
    }
}
