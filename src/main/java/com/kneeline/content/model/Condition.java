package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The closed set of condition shapes an inference rule may use. They are typed data, never expression strings,
 * so a reviewer can read them and the loader can check every input id and operator.
 */
public sealed interface Condition {

    /** Input ids the condition reads. */
    List<String> inputs();

    /** {@code {input: x, equals: v}}: v is true/false for yes-no, a choice id for choice, a number otherwise. */
    record Equals(@NotNull String input, @NotNull Object value) implements Condition {
        public List<String> inputs() {
            return List.of(input);
        }
    }

    /** {@code {input: x, below|above|at-most|at-least: n}} on a numeric input. */
    record Compare(@NotNull String input, @NotNull Comparison comparison, double value) implements Condition {
        public List<String> inputs() {
            return List.of(input);
        }
    }

    /**
     * {@code {asymmetry-of: x, at-least: n, worse: lower|higher, measure: absolute|percent}}: the left-right
     * difference of a per-side numeric input; the finding goes on the worse side only.
     */
    record Asymmetry(@NotNull String input, double atLeast, @NotNull WorseSide worse, @NotNull AsymmetryMeasure measure) implements Condition {
        public List<String> inputs() {
            return List.of(input);
        }
    }

    /**
     * {@code {age-at-least: n}} or {@code {age-below: n}}: the person's age from their year of birth (the pack's
     * {@code red-flags.birth-year-input}). Only a safety flag's {@code raised-when} may use it. Only the year is known,
     * so it holds whenever the person may be that age: at least n when they turn n or more this year, below n when
     * they turn n or less this year (they may not have had their birthday yet).
     */
    record Age(@NotNull Comparison comparison, int years) implements Condition {
        public Age {
            if (comparison != Comparison.AT_LEAST && comparison != Comparison.BELOW) {
                throw new IllegalArgumentException("age conditions are at-least or below");
            }
        }

        public List<String> inputs() {
            return List.of();
        }
    }

    /** {@code {count-true-of: [a, b, c], at-least: n}}: at least n of these yes-no inputs were answered yes. */
    record CountTrue(@NotNull List<String> of, int atLeast) implements Condition {
        public CountTrue {
            of = List.copyOf(of);
        }

        public List<String> inputs() {
            return of;
        }
    }
}
