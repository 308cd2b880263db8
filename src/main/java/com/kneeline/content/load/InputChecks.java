package com.kneeline.content.load;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.RequiredWhen;

/**
 * Checks of the assessment's inputs: numeric inputs carry whole bounds, choices fit choice inputs and are unique,
 * and a "required when" names an answer another input of the same page can give.
 */
final class InputChecks {

    private final Locations loc;

    InputChecks(Locations loc) {
        this.loc = loc;
    }

    void check(List<AssessmentTest> tests) {
        for (AssessmentTest t : tests) {
            for (Input i : t.inputs()) {
                if (i.isNumeric() && (i.min() == null || i.max() == null)) {
                    loc.at(i, "type", "numeric input '" + i.id() + "' needs 'min' and 'max'");
                }
                if (!i.isNumeric() && (i.min() != null || i.max() != null || i.unit() != null)) {
                    loc.at(i, "type", "'min', 'max' and 'unit' only fit integer, decimal or scale inputs, not "
                            + Names.enumId(i.type()));
                }
                if (i.type() == InputType.INTEGER || i.type() == InputType.SCALE) {
                    if (i.min() != null && i.min() != Math.rint(i.min()) || i.max() != null && i.max() != Math.rint(i.max())) {
                        loc.at(i, "min", "'min' and 'max' of a whole-number input must be whole numbers");
                    }
                }
                if (i.type() == InputType.CHOICE && i.choices().size() < 2) {
                    loc.at(i, "type", "choice input '" + i.id() + "' needs at least 2 'choices'");
                }
                if (i.type() != InputType.CHOICE && !i.choices().isEmpty()) {
                    loc.at(i, "choices", "'choices' only fit choice inputs");
                }
                checkRequiredWhen(tests, t, i);
                Set<String> seen = new HashSet<>();
                for (int c = 0; c < i.choices().size(); c++) {
                    if (!seen.add(i.choices().get(c).id())) {
                        loc.atItem(i, "choices", c, "duplicate choice id '" + i.choices().get(c).id() + "'");
                    }
                }
            }
        }
    }

    /**
     * A "required when" must name another input of the same wizard step (so both are on one page), on the same
     * legs, by an answer that input can have.
     */
    private void checkRequiredWhen(List<AssessmentTest> tests, AssessmentTest t, Input i) {
        RequiredWhen when = i.requiredWhen();
        if (when == null) {
            return;
        }
        if (!i.optional()) {
            loc.at(i, "required-when", "'required-when' only fits optional inputs; '" + i.id() + "' is always required");
            return;
        }
        Optional<Input> other = tests.stream().filter(o -> o.step() == t.step()).flatMap(o -> o.inputs().stream())
                .filter(o -> o.id().equals(when.input())).findFirst();
        if (other.isEmpty() || other.get() == i || other.get().isPerSide() != i.isPerSide()) {
            loc.at(i, "required-when", "'required-when' names '" + when.input() + "', which is not another input of"
                    + " the same wizard step as '" + i.id() + "' and on the same legs");
            return;
        }
        Input o = other.get();
        boolean fits = switch (o.type()) {
            case YES_NO -> when.equals().equals("yes") || when.equals().equals("no");
            case CHOICE -> o.choices().stream().anyMatch(c -> c.id().equals(when.equals()));
            default -> false;
        };
        if (!fits) {
            loc.at(i, "required-when", "'required-when' expects '" + when.equals() + "', which is not an answer of '"
                    + o.id() + "'");
        }
    }
}
