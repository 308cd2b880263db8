package com.kneeline.content.load;

import java.util.List;

import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.MaxChars;
import com.kneeline.content.model.MinItems;
import com.kneeline.content.model.Opt;
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
            @MaxChars(80) String name,
            String version,
            String references,
            String equipment,
            String findings,
            String safety,
            String tests,
            String inference,
            String ladders,
            @MinItems(1) List<ExerciseFile> exercises,
            String progression,
            String referral,
            String prescription,
            @Opt String outcomes) {
    }

    record ExerciseFile(String file, Pillar pillar) {
    }

    record ReferencesFile(@MinItems(1) List<Reference> references) {
    }

    record EquipmentFile(List<Equipment> equipment) {
    }

    record FindingsFile(@MinItems(1) List<Finding> findings, @Opt List<com.kneeline.content.model.RiskNote> riskNotes) {
    }

    record SafetyFile(@MinItems(1) List<SafetyFlag> flags) {
    }

    record TestsFile(@MinItems(1) List<AssessmentTest> tests) {
    }

    /** {@code strengths} is a short reviewer note explaining the strength scale; the scale itself is an enum. */
    record InferenceFile(@Opt String strengths, @MinItems(1) List<InferenceRule> rules) {
    }

    record LaddersFile(@MinItems(1) List<Ladder> ladders) {
    }

    record ExercisesFile(@MinItems(1) List<Exercise> exercises) {
    }

    record ProgressionFile(ProgressionRules progression) {
    }

    record ReferralFile(ReferralRules referral) {
    }

    record PrescriptionFile(PrescriptionRules prescription) {
    }
}
