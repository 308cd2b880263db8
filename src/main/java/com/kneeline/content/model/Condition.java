package com.kneeline.content.model;

import java.util.List;

/**
 * The closed set of condition shapes an inference rule may use. They are typed data, never expression strings,
 * so a reviewer can read them and the loader can check every input id and operator.
 */
public sealed interface Condition {

    /** Input ids the condition reads. */
    List<String> inputs();

    /** {@code {input: x, equals: v}}: v is true/false for yes-no, a choice id for choice, a number otherwise. */
    record Equals(String input, Object value) implements Condition {
        public List<String> inputs() {
            return List.of(input);
        }
    }

    /** {@code {input: x, below|above|at-most|at-least: n}} on a numeric input. */
    record Compare(String input, Comparison comparison, double value) implements Condition {
        public List<String> inputs() {
            return List.of(input);
        }
    }

    /**
     * {@code {asymmetry-of: x, at-least: n, worse: lower|higher, measure: absolute|percent}}: the left-right
     * difference of a per-side numeric input; the finding goes on the worse side only.
     */
    record Asymmetry(String input, double atLeast, WorseSide worse, AsymmetryMeasure measure) implements Condition {
        public List<String> inputs() {
            return List.of(input);
        }
    }

    /** {@code {count-true-of: [a, b, c], at-least: n}}: at least n of these yes-no inputs were answered yes. */
    record CountTrue(List<String> of, int atLeast) implements Condition {
        public CountTrue {
            of = List.copyOf(of);
        }

        public List<String> inputs() {
            return of;
        }
    }
}
