package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.Strength;

/** Seeded random requests over a catalogue: any findings, sides, strengths, equipment, time, pain, caving, flags. */
final class RandomRequests {

    private final ContentCatalogue catalogue;
    private final Random random;

    RandomRequests(ContentCatalogue catalogue, long seed) {
        this.catalogue = catalogue;
        this.random = new Random(seed);
    }

    PrescriptionRequest next() {
        List<InferredFinding> findings = new ArrayList<>();
        double share = random.nextDouble();
        for (Finding f : catalogue.findings()) {
            if (random.nextDouble() >= share) {
                continue;
            }
            List<Side> sides = !f.perSide() ? java.util.Arrays.asList((Side) null)
                    : switch (random.nextInt(3)) {
                        case 0 -> List.of(Side.LEFT);
                        case 1 -> List.of(Side.RIGHT);
                        default -> List.of(Side.LEFT, Side.RIGHT);
                    };
            String rule = catalogue.rulesFor(f.id()).get(0).id();
            for (Side side : sides) {
                Strength s = Strength.values()[random.nextInt(Strength.values().length)];
                List<Evidence> evidence = random.nextInt(5) == 0 ? List.of()
                        : List.of(new Evidence(rule, s, "Your " + (side == null ? "" : side.label() + " ")
                                + "test was below the usual mark."));
                findings.add(new InferredFinding(f.id(), side, s, evidence));
            }
        }
        Set<String> equipment = new HashSet<>();
        for (Equipment e : catalogue.equipment()) {
            if (random.nextBoolean()) {
                equipment.add(e.id());
            }
        }
        Set<String> flags = new HashSet<>();
        if (random.nextInt(10) == 0) {
            List<SafetyFlag> all = catalogue.safetyFlags();
            flags.add(all.get(random.nextInt(all.size())).id());
        }
        Map<AnswerKey, String> answers = new HashMap<>();
        var rx = catalogue.prescription();
        if (random.nextInt(20) != 0) {
            answers.put(AnswerKey.of(rx.painInputs().duringActivity()), Integer.toString(random.nextInt(11)));
        }
        answers.put(AnswerKey.of(rx.painInputs().atRest()), Integer.toString(random.nextInt(11)));
        for (Side side : Side.values()) {
            answers.put(AnswerKey.of(rx.cavingInput(), side), random.nextInt(3) == 0 ? Answers.YES : Answers.NO);
        }
        Set<Side> affected = new HashSet<>();
        for (Side side : Side.values()) {
            if (random.nextInt(3) == 0) {
                affected.add(side);
            }
        }
        // A third of the requests ask for a phase (a phase advance or a trainer's choice); the rest let the rules decide.
        var phases = catalogue.progression().phases();
        String phase = random.nextInt(3) == 0 ? phases.get(random.nextInt(phases.size())).id() : null;
        return new PrescriptionRequest(findings, flags, Answers.of(answers), equipment, 10 + random.nextInt(81),
                1 + random.nextInt(7), affected, phase);
    }
}
