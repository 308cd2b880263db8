package com.kneeline.content.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.Measure;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.content.model.RedFlagPolicy;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.TimeFrame;
import com.kneeline.content.model.WizardStep;

/**
 * Cross-checks of the safety screen against the referral rules and the tests: acute and urgent flags must stop
 * exercise, time frames fit their level, a flag is either asked or raised by answers known before the screen is
 * judged (safety and about-you steps), age conditions have a year of birth to read, and the no-progress measures
 * name real findings and criteria.
 */
final class SafetyChecks {

    /** The levels whose meaning is "stop": a pack that lets them through would miss someone at risk. */
    private static final Set<FlagLevel> STOP_CLASS = Set.of(FlagLevel.ACUTE, FlagLevel.URGENT);
    private static final Set<WizardStep> SCREENED_STEPS = Set.of(WizardStep.SAFETY, WizardStep.ABOUT);

    private final PrescriptionChecks.At at;
    private final PrescriptionChecks.AtItem atItem;
    private final Map<String, Input> inputs;
    private final Map<String, WizardStep> stepOfInput = new HashMap<>();
    private final Set<String> findingIds;
    private final Set<String> inputIds;

    SafetyChecks(PrescriptionChecks.At at, PrescriptionChecks.AtItem atItem, Map<String, Input> inputs,
                 List<AssessmentTest> tests, Set<String> findingIds, Set<String> inputIds) {
        this.at = at;
        this.atItem = atItem;
        this.inputs = inputs;
        this.findingIds = findingIds;
        this.inputIds = inputIds;
        tests.forEach(t -> t.inputs().forEach(i -> stepOfInput.putIfAbsent(i.id(), t.step())));
    }

    void check(List<SafetyFlag> flags, RedFlagPolicy policy) {
        Map<String, SafetyFlag> byId = new HashMap<>();
        flags.forEach(f -> byId.putIfAbsent(f.id(), f));
        checkBirthYearInput(policy);
        for (SafetyFlag f : flags) {
            boolean stops = policy.stopExerciseAt().contains(f.level());
            if (STOP_CLASS.contains(f.level()) && !stops) {
                String level = Names.enumId(f.level());
                at.at(f, "level", "flag '" + f.id() + "' is " + level + ", so red-flags.stop-exercise-at in the referral"
                        + " rules must include " + level + ": acute and urgent flags stop exercise");
            }
            stops |= STOP_CLASS.contains(f.level()); // reported above when the policy leaves it out
            if (stops && f.timeFrame() == TimeFrame.WITHIN_WEEKS) {
                at.at(f, "time-frame", "flag '" + f.id() + "' stops exercise, so its time-frame must be today,"
                        + " within-a-week or before-exercising, not within-weeks");
            } else if (!stops && f.timeFrame() != TimeFrame.WITHIN_WEEKS) {
                at.at(f, "time-frame", "flag '" + f.id() + "' does not stop exercise, so its time-frame must be"
                        + " within-weeks (a sooner time frame needs a stopping level)");
            }
            checkAskedOrRaised(f, byId, policy);
        }
    }

    private void checkBirthYearInput(RedFlagPolicy policy) {
        String id = policy.birthYearInput();
        if (id == null) {
            return;
        }
        Input in = inputs.get(id);
        if (in == null) {
            at.at(policy, "birth-year-input", "unknown input '" + id + "'");
        } else if (in.type() != InputType.INTEGER || in.isPerSide() || stepOfInput.get(id) != WizardStep.ABOUT) {
            at.at(policy, "birth-year-input", "'birth-year-input' must be an integer input of the about step that is"
                    + " not per side; '" + id + "' is not");
        }
    }

    private void checkAskedOrRaised(SafetyFlag f, Map<String, SafetyFlag> flags, RedFlagPolicy policy) {
        if (f.asked()) {
            if (f.question() == null || f.help() == null) {
                at.at(f, "question", "flag '" + f.id() + "' needs 'question' and 'help', or 'raised-when' and 'reason'");
            }
            if (f.reason() != null) {
                at.at(f, "reason", "'reason' only fits flags with 'raised-when'; an asked flag shows its question");
            }
            return;
        }
        if (f.question() != null || f.help() != null) {
            at.at(f, "raised-when", "flag '" + f.id() + "' has both 'raised-when' and a question: it is either asked or"
                    + " raised by other answers");
        }
        if (f.reason() == null) {
            at.at(f, "raised-when", "flag '" + f.id() + "' needs a 'reason', the sentence shown when it is raised");
        }
        for (int i = 0; i < f.raisedWhen().size(); i++) {
            checkCondition(f, i, f.raisedWhen().get(i), flags, policy);
        }
    }

    private void checkCondition(SafetyFlag f, int index, Condition c, Map<String, SafetyFlag> flags,
                                RedFlagPolicy policy) {
        switch (c) {
            case Condition.Age age -> {
                if (policy.birthYearInput() == null) {
                    atItem.at(f, "raised-when", index, "an age condition needs 'birth-year-input' in the referral"
                            + " rules' red-flags block");
                }
            }
            case Condition.Equals eq when flags.containsKey(eq.input()) -> {
                if (!flags.get(eq.input()).asked()) {
                    atItem.at(f, "raised-when", index, "'" + eq.input() + "' is raised by other answers; a condition"
                            + " may only read asked flags");
                } else if (!(eq.value() instanceof Boolean)) {
                    atItem.at(f, "raised-when", index, "'equals' for safety question '" + eq.input()
                            + "' must be true or false");
                }
            }
            case Condition.Asymmetry a -> atItem.at(f, "raised-when", index,
                    "'asymmetry-of' compares legs and does not fit a safety flag");
            default -> {
                for (String id : c.inputs()) {
                    Input in = inputs.get(id);
                    if (in == null) {
                        atItem.at(f, "raised-when", index, "unknown input or safety question '" + id + "'");
                    } else if (in.isPerSide() || !SCREENED_STEPS.contains(stepOfInput.get(id))) {
                        atItem.at(f, "raised-when", index, "input '" + id + "' must be a safety or about-you input that"
                                + " is not per side, so it is answered before the screen is judged");
                    } else if (!typeFits(c, in)) {
                        atItem.at(f, "raised-when", index, "the condition does not fit input '" + id + "' ("
                                + Names.enumId(in.type()) + ")");
                    }
                }
            }
        }
    }

    private static boolean typeFits(Condition c, Input in) {
        return switch (c) {
            case Condition.Equals eq -> in.type() == InputType.YES_NO ? eq.value() instanceof Boolean
                    : in.isNumeric() ? eq.value() instanceof Double
                    : in.choices().stream().anyMatch(ch -> ch.id().equals(eq.value()));
            case Condition.Compare cmp -> in.isNumeric();
            case Condition.CountTrue ct -> in.type() == InputType.YES_NO;
            default -> false;
        };
    }

    /** Age is a safety-screen matter: findings never read it. */
    void checkRulesHaveNoAge(List<InferenceRule> rules) {
        for (InferenceRule r : rules) {
            for (int i = 0; i < r.when().size(); i++) {
                if (r.when().get(i) instanceof Condition.Age) {
                    atItem.at(r, "when", i, "age conditions only fit a safety flag's 'raised-when'");
                }
            }
        }
    }

    /** A criterion that fails the test on its own must be one of the criteria; tracked findings must exist. */
    void checkMeasures(List<Measure> measures) {
        for (Measure m : measures) {
            for (int i = 0; i < m.failsOnItsOwn().size(); i++) {
                if (m.kind() != MeasureKind.PASS_FAIL || !m.criteria().contains(m.failsOnItsOwn().get(i))) {
                    atItem.at(m, "fails-on-its-own", i, "'" + m.failsOnItsOwn().get(i) + "' must be one of this"
                            + " pass-fail measure's criteria");
                }
            }
            for (int i = 0; i < m.tracks().size(); i++) {
                if (!findingIds.contains(m.tracks().get(i))) {
                    atItem.at(m, "tracks", i, "unknown finding '" + m.tracks().get(i) + "'");
                }
            }
        }
    }

    /** A numeric measure reads a numeric input; a pass-fail measure's criteria are yes-no inputs it can fail on. */
    void checkMeasureInputs(List<Measure> measures) {
        for (Measure m : measures) {
            if (m.kind() == MeasureKind.NUMERIC) {
                if (!inputIds.contains(m.input())) {
                    at.at(m, "input", "unknown input '" + m.input() + "'");
                } else if (inputs.containsKey(m.input()) && !inputs.get(m.input()).isNumeric()) {
                    at.at(m, "input", "numeric measure '" + m.id() + "' needs a numeric input");
                }
            } else {
                for (int i = 0; i < m.criteria().size(); i++) {
                    String id = m.criteria().get(i);
                    if (!inputIds.contains(id)) {
                        atItem.at(m, "criteria", i, "unknown input '" + id + "'");
                    } else if (inputs.containsKey(id) && inputs.get(id).type() != InputType.YES_NO) {
                        atItem.at(m, "criteria", i, "criterion '" + id + "' must be a yes-no input");
                    }
                }
                if (m.passWhenPositiveAtMost() >= m.criteria().size()) {
                    at.at(m, "pass-when-positive-at-most", "'pass-when-positive-at-most' must be less than the "
                            + m.criteria().size() + " criteria, or the test could never fail");
                }
            }
        }
    }
}
