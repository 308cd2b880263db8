package com.kneeline.prescription.engine;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Evidence;
import com.kneeline.assessment.engine.FindingsEngine;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.Strength;

/**
 * QuickTheories generators of prescription requests, built from the content pack so that a new test, input, finding,
 * flag, piece of equipment or phase is generated without touching this class.
 * <p>
 * Every random choice is a draw from the library's {@link RandomnessSource}, never from a {@code java.util.Random}:
 * that is what lets the library shrink a failing request to a small one (fewer answers, fewer findings, no flags,
 * the shortest week) and replay it from the printed seed. Draws are laid out so that their shrink point, the lowest
 * value, is the simple case: "not answered", "no", "no flag", "no equipment", the first phase.
 */
final class RequestGenerators {

    /** One in this many safety questions is answered "yes", so about a third of assessments raise a flag. */
    private static final int FLAG_ODDS = 40;
    /** The year the generated assessments take place, for age from the year of birth. */
    static final int YEAR = 2026;

    private final ContentCatalogue catalogue;
    private final FindingsEngine findings;

    RequestGenerators(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
        this.findings = new FindingsEngine(catalogue);
    }

    /** Half whole assessments as a person would answer them, half any combination of findings the pack knows. */
    Gen<PrescriptionRequest> requests() {
        return assessments().mix(anyFindings());
    }

    /**
     * A random answer to every question of every test, left and right where the test is per side, plus the safety
     * screen; the findings and raised flags are then what the real findings engine makes of those answers.
     */
    Gen<PrescriptionRequest> assessments() {
        return in -> {
            Map<AnswerKey, String> answers = new LinkedHashMap<>();
            for (SafetyFlag flag : catalogue.safetyQuestions()) {
                answers.put(AnswerKey.of(flag.id()), draw(in, 0, FLAG_ODDS - 1) == FLAG_ODDS - 1 ? Answers.YES : Answers.NO);
            }
            String birthYear = catalogue.referral().redFlags().birthYearInput();
            for (AssessmentTest test : catalogue.tests()) {
                for (Input input : test.inputs()) {
                    if (input.id().equals(birthYear)) {
                        // a year of birth that could be real in the assessment year, so age rules are reached
                        answers.put(AnswerKey.of(input.id()), Integer.toString(draw(in, YEAR - 90, YEAR - 8)));
                    } else if (input.isPerSide()) {
                        for (Side side : Side.values()) {
                            answer(in, input).ifPresent(raw -> answers.put(AnswerKey.of(input.id(), side), raw));
                        }
                    } else {
                        answer(in, input).ifPresent(raw -> answers.put(AnswerKey.of(input.id()), raw));
                    }
                }
            }
            Answers all = Answers.of(answers);
            Set<String> raised = findings.screen(all, YEAR, Set.of()).raised().stream().map(SafetyFlag::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return personalised(in, findings.infer(all), raised, all);
        };
    }

    /**
     * Any subset of the pack's findings, each per-side one on the left, the right or both, at any strength, with
     * or without evidence lines; pain, caving and flags drawn independently. This reaches combinations the
     * assessment's rules never produce together, which the engine must handle all the same.
     */
    Gen<PrescriptionRequest> anyFindings() {
        return in -> {
            List<InferredFinding> chosen = new ArrayList<>();
            for (Finding f : catalogue.findings()) {
                if (draw(in, 0, 2) != 2) {
                    continue;
                }
                List<Side> sides = !f.perSide() ? java.util.Collections.singletonList(null)
                        : switch (draw(in, 0, 2)) {
                            case 0 -> List.of(Side.LEFT);
                            case 1 -> List.of(Side.RIGHT);
                            default -> List.of(Side.LEFT, Side.RIGHT);
                        };
                String rule = catalogue.rulesFor(f.id()).getFirst().id();
                for (Side side : sides) {
                    Strength strength = Strength.values()[draw(in, 0, Strength.values().length - 1)];
                    List<Evidence> evidence = draw(in, 0, 4) == 0 ? List.of()
                            : List.of(new Evidence(rule, strength, "Your test was below the usual mark."));
                    chosen.add(new InferredFinding(f.id(), side, strength, evidence));
                }
            }
            Set<String> raised = new LinkedHashSet<>();
            if (draw(in, 0, 9) == 9) {
                raised.add(catalogue.safetyFlags().get(draw(in, 0, catalogue.safetyFlags().size() - 1)).id());
            }
            Map<AnswerKey, String> answers = new LinkedHashMap<>();
            var rx = catalogue.prescription();
            if (draw(in, 0, 19) != 0) { // now and then activity pain is unanswered: the content's assumed value applies
                answers.put(AnswerKey.of(rx.painInputs().duringActivity()), Integer.toString(draw(in, 0, 10)));
            }
            answers.put(AnswerKey.of(rx.painInputs().atRest()), Integer.toString(draw(in, 0, 10)));
            for (Side side : Side.values()) {
                answers.put(AnswerKey.of(rx.cavingInput(), side), draw(in, 0, 2) == 2 ? Answers.YES : Answers.NO);
            }
            return personalised(in, chosen, raised, Answers.of(answers));
        };
    }

    /** What "about you" adds: equipment, the week, the worried-about knee(s), and sometimes a requested phase. */
    private PrescriptionRequest personalised(RandomnessSource in, List<InferredFinding> found, Set<String> raised,
            Answers answers) {
        Set<String> equipment = new LinkedHashSet<>();
        for (Equipment e : catalogue.equipment()) {
            if (draw(in, 0, 1) == 1) {
                equipment.add(e.id());
            }
        }
        int minutes = draw(in, AboutYou.MIN_MINUTES, AboutYou.MAX_MINUTES);
        int sessions = draw(in, AboutYou.MIN_SESSIONS, AboutYou.MAX_SESSIONS);
        Set<Side> affected = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (draw(in, 0, 2) == 2) {
                affected.add(side);
            }
        }
        // A third ask for a phase (a phase advance or a trainer's choice); the rest let the content's rules decide.
        List<Phase> phases = catalogue.progression().phases();
        String phase = draw(in, 0, 2) == 2 ? phases.get(draw(in, 0, phases.size() - 1)).id() : null;
        return new PrescriptionRequest(found, raised, answers, equipment, minutes, sessions, affected, phase);
    }

    /**
     * A fixed list of requests from the same generators, for the JMH benchmark: a property that always holds is run
     * over {@code count} examples with {@code seed}, and QuickTheories hands each example to it exactly once.
     */
    List<PrescriptionRequest> sample(int count, long seed) {
        List<PrescriptionRequest> sample = new ArrayList<>(count);
        QuickTheory.qt().withFixedSeed(seed).withExamples(count).forAll(requests()).checkAssert(sample::add);
        return List.copyOf(sample);
    }

    /** Optional questions are sometimes skipped; numbers stay within the input's range, in half steps for decimals. */
    private static java.util.Optional<String> answer(RandomnessSource in, Input input) {
        if (input.optional() && draw(in, 0, 1) == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (input.type()) {
            case YES_NO -> draw(in, 0, 1) == 1 ? Answers.YES : Answers.NO;
            case CHOICE -> input.choices().get(draw(in, 0, input.choices().size() - 1)).id();
            case INTEGER, SCALE -> Integer.toString(draw(in, (int) Math.ceil(min(input)), (int) Math.floor(max(input))));
            case DECIMAL -> Double.toString(draw(in, (int) Math.ceil(min(input) * 2), (int) Math.floor(max(input) * 2)) / 2.0);
        });
    }

    private static double min(Input input) {
        return input.min() == null ? 0 : input.min();
    }

    private static double max(Input input) {
        return input.max() == null ? 100 : input.max();
    }

    private static int draw(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    /** A failing request in a few lines instead of the records' full toString. */
    String describe(PrescriptionRequest r) {
        var rx = catalogue.prescription();
        return "findings=" + r.findings().stream()
                        .map(f -> f.findingId() + (f.side() == null ? "" : "/" + f.side()) + "/" + f.strength())
                        .toList()
                + " flags=" + r.raisedFlags() + " equipment=" + r.equipment()
                + " minutes=" + r.minutesPerSession() + " sessions=" + r.sessionsPerWeek()
                + " affected=" + r.affectedSides() + " phase=" + r.requestedPhaseId()
                + " activityPain=" + r.answers().raw(rx.painInputs().duringActivity()).orElse("unanswered")
                + " caving=" + java.util.Arrays.stream(Side.values())
                        .filter(s -> r.answers().raw(rx.cavingInput(), s).filter(Answers.YES::equals).isPresent())
                        .toList();
    }
}
