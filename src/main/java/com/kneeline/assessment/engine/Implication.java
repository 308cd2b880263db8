package com.kneeline.assessment.engine;

import java.util.HashSet;
import java.util.List;

import com.kneeline.content.model.Comparison;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.InferenceRule;

/**
 * Decides when one fired rule only restates another. Packs often grade a sign in steps ("at least one foot sign"
 * = possible, "at least two" = likely); when both fire, the person should read the stronger sentence once, not
 * both. A rule is restated by another when that other is at least as strong and each of its conditions follows
 * from one of the other's conditions. Anything the comparison cannot prove stays, so evidence is never lost.
 */
final class Implication {

    private Implication() {
    }

    /** True when {@code weaker}'s evidence adds nothing once {@code stronger} has fired. */
    static boolean restates(InferenceRule stronger, InferenceRule weaker) {
        if (stronger == weaker || stronger.strength().compareTo(weaker.strength()) < 0) {
            return false;
        }
        return weaker.when().stream().allMatch(w -> stronger.when().stream().anyMatch(s -> implies(s, w)));
    }

    static boolean implies(Condition strong, Condition weak) {
        return switch (weak) {
            case Condition.Equals w -> strong instanceof Condition.Equals s
                    && s.input().equals(w.input()) && s.value().equals(w.value());
            case Condition.Compare w -> strong instanceof Condition.Compare s
                    && s.input().equals(w.input()) && boundImplies(s.comparison(), s.value(), w.comparison(), w.value());
            case Condition.CountTrue w -> strong instanceof Condition.CountTrue s
                    && new HashSet<>(s.of()).equals(new HashSet<>(w.of())) && s.atLeast() >= w.atLeast();
            case Condition.Asymmetry w -> strong instanceof Condition.Asymmetry s
                    && s.input().equals(w.input()) && s.worse() == w.worse() && s.measure() == w.measure()
                    && s.atLeast() >= w.atLeast();
            case Condition.Age w -> strong instanceof Condition.Age s && s.comparison() == w.comparison()
                    && (w.comparison() == Comparison.AT_LEAST ? s.years() >= w.years() : s.years() <= w.years());
        };
    }

    /** Whether "x (strongOp) a" guarantees "x (weakOp) b". */
    private static boolean boundImplies(Comparison strongOp, double a, Comparison weakOp, double b) {
        boolean strongLower = strongOp == Comparison.ABOVE || strongOp == Comparison.AT_LEAST;
        boolean weakLower = weakOp == Comparison.ABOVE || weakOp == Comparison.AT_LEAST;
        if (strongLower != weakLower) {
            return false;
        }
        if (a == b) {
            // "> a" implies ">= a" and "> a"; ">= a" implies only ">= a". Likewise for upper bounds.
            return strongOp == weakOp || strongOp == Comparison.ABOVE || strongOp == Comparison.BELOW;
        }
        return strongLower ? a > b : a < b;
    }

    /** The rules whose evidence is worth showing: none restated by another fired rule. */
    static List<InferenceRule> withoutRestatements(List<InferenceRule> fired) {
        return fired.stream()
                .filter(weaker -> fired.stream().noneMatch(stronger -> stronger != weaker && restates(stronger, weaker)
                        // two rules restating each other (identical conditions): keep the first
                        && !(restates(weaker, stronger) && fired.indexOf(weaker) < fired.indexOf(stronger))))
                .toList();
    }
}
