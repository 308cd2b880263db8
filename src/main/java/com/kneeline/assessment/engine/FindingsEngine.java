package com.kneeline.assessment.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.kneeline.content.model.Condition;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.SideHandling;
import com.kneeline.content.model.Template;

/**
 * Turns assessment answers into safety outcomes and findings by interpreting the content pack's rules.
 * Plain Java, deterministic, thread-safe; it hard-codes no threshold, input or finding.
 */
public final class FindingsEngine {

    private static final String SIDE_PLACEHOLDER = "side";
    private static final String ASYMMETRY_PLACEHOLDER = "asymmetry";
    private static final Side[] SIDES = {Side.LEFT, Side.RIGHT};

    private final ContentCatalogue catalogue;
    private final List<InferenceRule> rules;
    private final Map<String, Integer> ruleOrder;
    private final Map<String, Integer> findingOrder;

    public FindingsEngine(ContentCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.rules = catalogue.inferenceRules();
        this.ruleOrder = indexOf(rules.stream().map(InferenceRule::id).toList());
        this.findingOrder = indexOf(catalogue.findings().stream().map(f -> f.id()).toList());
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
        }
        return Map.copyOf(index);
    }

    /**
     * Which safety flags were answered "yes", without age (no year to count from): for callers that only have answers.
     */
    public SafetyOutcome screen(Answers answers) {
        return screen(answers, null, Set.of());
    }

    /**
     * Which safety flags the answers raise: asked flags answered "yes" (to fail safe, a "yes" written with other
     * capitals or surrounding spaces still counts; anything else, including no answer, does not), and flags raised
     * by other answers whose every condition holds (age counted from the year of birth and {@code referenceYear}).
     *
     * @param referenceYear the calendar year of the assessment; null leaves age conditions unmet
     * @param cleared       flags a professional has cleared since they stopped an earlier assessment: still reported,
     *                      but they no longer stop this one
     */
    public SafetyOutcome screen(Answers answers, Integer referenceYear, Set<String> cleared) {
        Objects.requireNonNull(answers, "answers");
        AnswerReader reader = new AnswerReader(catalogue, answers, referenceYear);
        List<SafetyFlag> raised = new ArrayList<>();
        for (FlagLevel level : FlagLevel.values()) {
            for (SafetyFlag flag : catalogue.safetyFlags(level)) {
                boolean up = flag.asked() ? saidYes(answers, flag.id())
                        : flag.raisedWhen().stream().allMatch(c -> raisedBy(c, answers, reader));
                if (up) {
                    raised.add(flag);
                }
            }
        }
        return new SafetyOutcome(raised, Set.copyOf(catalogue.referral().redFlags().stopExerciseAt()), cleared);
    }

    private static boolean saidYes(Answers answers, String flagId) {
        return answers.raw(flagId).map(String::strip).filter(Answers.YES::equalsIgnoreCase).isPresent();
    }

    /** A condition of a raised-when list: a safety question by its id, otherwise an input or the person's age. */
    private boolean raisedBy(Condition condition, Answers answers, AnswerReader reader) {
        if (condition instanceof Condition.Equals eq && catalogue.safetyFlag(eq.input()).isPresent()) {
            return eq.value() instanceof Boolean expected && saidYes(answers, eq.input()) == expected
                    && answers.raw(eq.input()).isPresent();
        }
        return Conditions.holds(condition, null, reader);
    }

    /**
     * The findings the answers point to, in the catalogue's finding order, left before right before not-sided.
     * One entry per finding and side.
     */
    public List<InferredFinding> infer(Answers answers) {
        Objects.requireNonNull(answers, "answers");
        AnswerReader reader = new AnswerReader(catalogue, answers);
        Map<FindingSide, List<InferenceRule>> fired = new LinkedHashMap<>();
        for (InferenceRule rule : rules) {
            if (rule.side() == SideHandling.PER_SIDE) {
                for (Side side : SIDES) {
                    if (fires(rule, side, reader)) {
                        fired.computeIfAbsent(new FindingSide(rule.finding(), side), k -> new ArrayList<>()).add(rule);
                    }
                }
            } else if (fires(rule, null, reader)) {
                fired.computeIfAbsent(new FindingSide(rule.finding(), null), k -> new ArrayList<>()).add(rule);
            }
        }
        Comparator<InferenceRule> strongestFirst = Comparator
                .comparing(InferenceRule::strength, Comparator.reverseOrder())
                .thenComparing(r -> ruleOrder.get(r.id()));
        return fired.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator
                        .comparing((FindingSide k) -> findingOrder.getOrDefault(k.findingId(), Integer.MAX_VALUE))
                        .thenComparing(FindingSide::findingId)
                        .thenComparing(k -> k.side() == null ? SIDES.length : k.side().ordinal())))
                .map(e -> {
                    List<Evidence> evidence = Implication.withoutRestatements(e.getValue()).stream().sorted(strongestFirst)
                            .map(r -> new Evidence(r.id(), r.strength(), explain(r, e.getKey().side(), reader)))
                            .toList();
                    return new InferredFinding(e.getKey().findingId(), e.getKey().side(), evidence.getFirst().strength(),
                            evidence);
                })
                .toList();
    }

    private static boolean fires(InferenceRule rule, Side side, AnswerReader reader) {
        return rule.when().stream().allMatch(c -> Conditions.holds(c, side, reader));
    }

    /**
     * Fills the rule's explanation: {@code {side}} with "left"/"right", {@code {input-id}} with the answer as people
     * read it. The loader only lets a rule name {@code {side}} (per-side rules) and inputs it reads; anything else is
     * written without braces rather than shown as a raw placeholder.
     */
    private String explain(InferenceRule rule, Side side, AnswerReader reader) {
        String filled = Template.fill(rule.explanation(), name -> {
            if (name.equals(SIDE_PLACEHOLDER)) {
                return side == null ? "" : side.label();
            }
            if (name.equals(ASYMMETRY_PLACEHOLDER)) {
                return asymmetry(rule, side, reader);
            }
            return catalogue.input(name).isPresent() ? reader.display(name, side) : name;
        });
        // A side-less fill ("your  knee") must not leave a double space behind.
        return filled.replaceAll(" {2,}", " ").strip();
    }

    /**
     * Checks one raw value against its input's type and range, in plain words for the person, e.g.
     * "Enter a number from 0 to 30 cm." Empty when the value is fine; an unknown input id is a programming error.
     * Safety-flag ids are accepted too: their answers are yes-no.
     */
    public Optional<String> checkValue(String inputId, String raw) {
        Optional<Input> input = catalogue.input(inputId);
        if (input.isPresent()) {
            return ValueCheck.problem(input.get(), raw);
        }
        if (catalogue.safetyFlag(inputId).isPresent()) {
            return ValueCheck.isYesNo(raw) ? Optional.empty() : Optional.of("Answer yes or no.");
        }
        throw new IllegalArgumentException("Unknown input id: " + inputId);
    }

    /**
     * The left-right difference of the rule's asymmetry condition as numbers, e.g. "5 cm less than the right (6 cm
     * against 11 cm)" or "25 % less than the right (30 s against 40 s)".
     */
    private String asymmetry(InferenceRule rule, Side side, AnswerReader reader) {
        Condition.Asymmetry asym = rule.when().stream().filter(Condition.Asymmetry.class::isInstance)
                .map(Condition.Asymmetry.class::cast).findFirst().orElse(null);
        if (asym == null || side == null) {
            return "";
        }
        var own = reader.number(asym.input(), side);
        var other = reader.number(asym.input(), side.other());
        if (own.isEmpty() || other.isEmpty()) {
            return "";
        }
        String unit = catalogue.input(asym.input()).map(Input::unit).orElse(null);
        String u = unit == null ? "" : " " + unit;
        java.math.BigDecimal diff = own.get().subtract(other.get()).abs();
        String direction = asym.worse() == com.kneeline.content.model.WorseSide.LOWER ? " less than" : " more than";
        String amount = asym.measure() == com.kneeline.content.model.AsymmetryMeasure.PERCENT
                && other.get().signum() != 0
                ? ValueCheck.format(diff.multiply(java.math.BigDecimal.valueOf(100))
                        .divide(other.get().abs(), 0, java.math.RoundingMode.HALF_UP)) + " %"
                : ValueCheck.format(diff) + u;
        return amount + direction + " the " + side.other().label() + " (" + ValueCheck.format(own.get()) + u
                + " against " + ValueCheck.format(other.get()) + u + ")";
    }

    private record FindingSide(String findingId, Side side) {
    }
}
