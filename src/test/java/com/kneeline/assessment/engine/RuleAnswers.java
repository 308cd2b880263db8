package com.kneeline.assessment.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.kneeline.content.model.AsymmetryMeasure;
import com.kneeline.content.model.Choice;
import com.kneeline.content.model.Comparison;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.SideHandling;
import com.kneeline.content.model.WorseSide;

/**
 * Builds answers straight from a rule's conditions, so every rule in the pack (including ones added later) can be
 * tested: the smallest answer set that makes it fire, and the same set with one condition nudged one step past
 * its boundary. Per-side rules are built on the LEFT leg (asymmetries: left is the worse side).
 */
final class RuleAnswers {

    static final Side SIDE = Side.LEFT;

    private final ContentCatalogue catalogue;

    RuleAnswers(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static Side sideOf(InferenceRule rule) {
        return rule.side() == SideHandling.PER_SIDE ? SIDE : null;
    }

    /** Answers to exactly the inputs the rule reads, each just inside its condition (cut-offs exactly at the boundary when inclusive). */
    Map<AnswerKey, String> firing(InferenceRule rule) {
        Map<AnswerKey, String> answers = new LinkedHashMap<>();
        for (Condition c : rule.when()) {
            answers.putAll(holding(c, sideOf(rule)));
        }
        return answers;
    }

    /** The firing answers with condition {@code index} replaced by answers one step on the wrong side; empty if impossible. */
    Optional<Map<AnswerKey, String>> justMissing(InferenceRule rule, int index) {
        Map<AnswerKey, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < rule.when().size(); i++) {
            if (i != index) {
                answers.putAll(holding(rule.when().get(i), sideOf(rule)));
            }
        }
        Optional<Map<AnswerKey, String>> failing = failing(rule.when().get(index), sideOf(rule));
        failing.ifPresent(answers::putAll);
        return failing.map(f -> answers);
    }

    Map<AnswerKey, String> holding(Condition condition, Side side) {
        return switch (condition) {
            case Condition.Equals eq -> Map.of(key(eq.input(), side), raw(input(eq.input()), eq.value()));
            case Condition.Compare cmp -> {
                Input in = input(cmp.input());
                BigDecimal n = BigDecimal.valueOf(cmp.value());
                BigDecimal v = switch (cmp.comparison()) {
                    case BELOW -> n.subtract(step(in));
                    case ABOVE -> n.add(step(in));
                    case AT_MOST, AT_LEAST -> n;
                };
                yield Map.of(key(cmp.input(), side), fmt(v));
            }
            case Condition.Asymmetry asym -> asymmetry(asym, side, shortfall(asym, better(asym)));
            case Condition.CountTrue count -> {
                Map<AnswerKey, String> m = new LinkedHashMap<>();
                count.of().stream().limit(count.atLeast()).forEach(id -> m.put(key(id, side), Answers.YES));
                yield m;
            }
            case Condition.Age age -> throw new IllegalArgumentException("inference rules do not read age");
        };
    }

    Optional<Map<AnswerKey, String>> failing(Condition condition, Side side) {
        return switch (condition) {
            case Condition.Equals eq -> {
                Input in = input(eq.input());
                Optional<String> other = switch (in.type()) {
                    case YES_NO -> Optional.of(Boolean.TRUE.equals(eq.value()) ? Answers.NO : Answers.YES);
                    case CHOICE -> in.choices().stream().map(Choice::id).filter(id -> !id.equals(eq.value())).findFirst();
                    default -> {
                        BigDecimal n = BigDecimal.valueOf(((Number) eq.value()).doubleValue());
                        BigDecimal up = n.add(step(in));
                        yield Optional.of(fmt(up.doubleValue() <= in.max() ? up : n.subtract(step(in))));
                    }
                };
                yield other.map(v -> Map.of(key(eq.input(), side), v));
            }
            case Condition.Compare cmp -> {
                Input in = input(cmp.input());
                BigDecimal n = BigDecimal.valueOf(cmp.value());
                BigDecimal v = switch (cmp.comparison()) {
                    case BELOW, ABOVE -> n;
                    case AT_MOST -> n.add(step(in));
                    case AT_LEAST -> n.subtract(step(in));
                };
                yield within(in, v) ? Optional.of(Map.of(key(cmp.input(), side), fmt(v))) : Optional.empty();
            }
            case Condition.Asymmetry asym -> {
                BigDecimal better = better(asym);
                // shortfall() is the threshold rounded up to whole steps, so one step less is just short of it
                BigDecimal shortBy = shortfall(asym, better).subtract(step(input(asym.input()))).max(BigDecimal.ZERO);
                yield Optional.of(asymmetry(asym, side, shortBy));
            }
            case Condition.CountTrue count -> {
                Map<AnswerKey, String> m = new LinkedHashMap<>();
                for (int i = 0; i < count.of().size(); i++) {
                    m.put(key(count.of().get(i), side), i < count.atLeast() - 1 ? Answers.YES : Answers.NO);
                }
                yield Optional.of(m);
            }
            case Condition.Age age -> throw new IllegalArgumentException("inference rules do not read age");
        };
    }

    /** The better side's value: the top of the range when lower is worse, the bottom (at least 1) when higher is. */
    private BigDecimal better(Condition.Asymmetry asym) {
        Input in = input(asym.input());
        return asym.worse() == WorseSide.LOWER ? BigDecimal.valueOf(in.max())
                : BigDecimal.valueOf(Math.max(in.min(), 1));
    }

    /** The smallest shortfall (in steps of the input) that reaches the threshold. */
    private BigDecimal shortfall(Condition.Asymmetry asym, BigDecimal better) {
        Input in = input(asym.input());
        BigDecimal exact = asym.measure() == AsymmetryMeasure.PERCENT
                ? better.abs().multiply(BigDecimal.valueOf(asym.atLeast())).divide(BigDecimal.valueOf(100))
                : BigDecimal.valueOf(asym.atLeast());
        BigDecimal step = step(in);
        return exact.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private Map<AnswerKey, String> asymmetry(Condition.Asymmetry asym, Side side, BigDecimal shortfall) {
        BigDecimal better = better(asym);
        BigDecimal worse = asym.worse() == WorseSide.LOWER ? better.subtract(shortfall) : better.add(shortfall);
        Map<AnswerKey, String> m = new LinkedHashMap<>();
        m.put(AnswerKey.of(asym.input(), side), fmt(worse));
        m.put(AnswerKey.of(asym.input(), side.other()), fmt(better));
        return m;
    }

    Input input(String id) {
        return catalogue.input(id).orElseThrow();
    }

    AnswerKey key(String inputId, Side side) {
        return input(inputId).isPerSide() ? AnswerKey.of(inputId, side) : AnswerKey.of(inputId);
    }

    private static String raw(Input in, Object value) {
        return switch (in.type()) {
            case YES_NO -> Boolean.TRUE.equals(value) ? Answers.YES : Answers.NO;
            case CHOICE -> (String) value;
            default -> fmt(BigDecimal.valueOf(((Number) value).doubleValue()));
        };
    }

    private static BigDecimal step(Input in) {
        return in.type() == InputType.DECIMAL ? new BigDecimal("0.1") : BigDecimal.ONE;
    }

    private static boolean within(Input in, BigDecimal v) {
        return (in.min() == null || v.doubleValue() >= in.min()) && (in.max() == null || v.doubleValue() <= in.max());
    }

    static String fmt(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.signum() == 0 ? BigDecimal.ZERO : s).toPlainString();
    }
}
