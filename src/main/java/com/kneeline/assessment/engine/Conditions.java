package com.kneeline.assessment.engine;

import java.math.BigDecimal;
import java.util.Optional;

import com.kneeline.content.model.AsymmetryMeasure;
import com.kneeline.content.model.Comparison;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.WorseSide;

/** Whether one rule condition holds for one side ({@code null} for bilateral rules). Unanswered never holds. */
final class Conditions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Conditions() {
    }

    static boolean holds(Condition condition, Side side, AnswerReader answers) {
        return switch (condition) {
            case Condition.Equals eq -> equalsHolds(eq, side, answers);
            case Condition.Compare cmp -> answers.number(cmp.input(), side)
                    .map(actual -> compare(cmp.comparison(), actual.compareTo(ValueCheck.decimal(cmp.value()))))
                    .orElse(false);
            case Condition.Asymmetry asym -> asymmetryHolds(asym, side, answers);
            case Condition.CountTrue count -> count.of().stream()
                    .filter(id -> answers.yesNo(id, side).orElse(false))
                    .count() >= count.atLeast();
            case Condition.Age age -> answers.possibleAges()
                    .map(range -> age.comparison() == Comparison.AT_LEAST ? range[1] >= age.years()
                            : range[0] < age.years())
                    .orElse(false);
        };
    }

    private static boolean compare(Comparison comparison, int actualVersusThreshold) {
        return switch (comparison) {
            case BELOW -> actualVersusThreshold < 0;
            case ABOVE -> actualVersusThreshold > 0;
            case AT_MOST -> actualVersusThreshold <= 0;
            case AT_LEAST -> actualVersusThreshold >= 0;
        };
    }

    private static boolean equalsHolds(Condition.Equals eq, Side side, AnswerReader answers) {
        Optional<Input> input = answers.input(eq.input());
        if (input.isEmpty()) {
            return false;
        }
        Object expected = eq.value();
        if (input.get().type() == InputType.YES_NO) {
            return expected instanceof Boolean b && answers.yesNo(eq.input(), side).map(b::equals).orElse(false);
        }
        if (input.get().isNumeric()) {
            return expected instanceof Number n && answers.number(eq.input(), side)
                    .map(actual -> actual.compareTo(ValueCheck.decimal(n.doubleValue())) == 0).orElse(false);
        }
        return answers.raw(eq.input(), side).map(raw -> raw.equals(String.valueOf(expected))).orElse(false);
    }

    /**
     * Holds on the worse side only, when both sides are answered and the difference (in the input's unit, or as a
     * percentage of the better side) is at least the threshold. Equal sides have no worse side.
     */
    private static boolean asymmetryHolds(Condition.Asymmetry asym, Side side, AnswerReader answers) {
        if (side == null) {
            return false;
        }
        Optional<BigDecimal> own = answers.number(asym.input(), side);
        Optional<BigDecimal> other = answers.number(asym.input(), side.other());
        if (own.isEmpty() || other.isEmpty()) {
            return false;
        }
        BigDecimal shortfall = asym.worse() == WorseSide.LOWER
                ? other.get().subtract(own.get())
                : own.get().subtract(other.get());
        if (shortfall.signum() <= 0) {
            return false;
        }
        BigDecimal threshold = ValueCheck.decimal(asym.atLeast());
        if (asym.measure() == AsymmetryMeasure.PERCENT) {
            // shortfall / |better| * 100 >= threshold, without dividing (a better side of 0 is an infinite percentage)
            return shortfall.multiply(HUNDRED).compareTo(threshold.multiply(other.get().abs())) >= 0;
        }
        return shortfall.compareTo(threshold) >= 0;
    }
}
