package com.kneeline.content.load;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.content.model.Choice;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.SideHandling;
import com.kneeline.content.model.Template;

/**
 * Checks of the inference rules: each names a known finding on the right sides, reads known inputs with operators
 * that fit their type and values inside their range, and its explanation only uses placeholders it can fill.
 */
final class RuleChecks {

    private final Locations loc;
    private final PackReader reader;

    RuleChecks(Locations loc, PackReader reader) {
        this.loc = loc;
        this.reader = reader;
    }

    void check(List<InferenceRule> rules, List<Finding> findings, Map<String, Input> inputs) {
        Set<String> findingIds = reader.known("finding");
        Set<String> inputIds = reader.known("input");
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        for (InferenceRule r : rules) {
            if (!findingIds.contains(r.finding())) {
                loc.at(r, "finding", "unknown finding '" + r.finding() + "'");
            } else if (byId.containsKey(r.finding())) {
                boolean perSide = byId.get(r.finding()).perSide();
                if (perSide != (r.side() == SideHandling.PER_SIDE)) {
                    loc.at(r, "side", "rule '" + r.id() + "' is " + Names.enumId(r.side()) + " but finding '"
                            + r.finding() + "' is " + (perSide ? "per side" : "not per side"));
                }
            }
            Set<String> read = new LinkedHashSet<>();
            boolean anyPerSide = false;
            for (Condition c : r.when()) {
                for (String id : c.inputs()) {
                    read.add(id);
                    String key = switch (c) {
                        case Condition.Asymmetry a -> "asymmetry-of";
                        case Condition.CountTrue ct -> "count-true-of";
                        default -> "input";
                    };
                    if (!inputIds.contains(id)) {
                        loc.at(c, key, "unknown input '" + id + "'");
                        continue;
                    }
                    Input in = inputs.get(id);
                    if (in == null) {
                        continue; // it exists but is itself broken; already reported
                    }
                    anyPerSide |= in.isPerSide();
                    if (r.side() == SideHandling.BILATERAL && in.isPerSide()) {
                        loc.at(c, key, "bilateral rule '" + r.id() + "' cannot read per-side input '" + id
                                + "' (use side: per-side)");
                    }
                    checkOperator(c, in, key, r);
                }
            }
            if (r.side() == SideHandling.PER_SIDE && !anyPerSide && read.stream().allMatch(inputs::containsKey)) {
                loc.at(r, "side", "per-side rule '" + r.id() + "' reads no per-side input");
            }
            for (String name : Template.placeholders(r.explanation())) {
                if (name.equals("side") && r.side() != SideHandling.PER_SIDE) {
                    loc.at(r, "explanation", "placeholder '{side}' only fits per-side rules");
                } else if (name.equals("asymmetry")) {
                    if (r.when().stream().noneMatch(c -> c instanceof Condition.Asymmetry)) {
                        loc.at(r, "explanation", "placeholder '{asymmetry}' only fits rules with an 'asymmetry-of'"
                                + " condition");
                    }
                } else if (!name.equals("side") && !read.contains(name)) {
                    loc.at(r, "explanation", "placeholder '{" + name + "}' is not an input this rule reads");
                }
            }
        }
    }

    private void checkOperator(Condition c, Input in, String key, InferenceRule r) {
        String type = Names.enumId(in.type());
        switch (c) {
            case Condition.Equals eq -> {
                Object v = eq.value();
                if (in.type() == InputType.YES_NO && !(v instanceof Boolean)) {
                    loc.at(c, "equals", "'equals' for yes-no input '" + in.id() + "' must be true or false");
                } else if (in.type() == InputType.CHOICE
                        && in.choices().stream().map(Choice::id).noneMatch(id -> id.equals(v))) {
                    loc.at(c, "equals", "'equals' for choice input '" + in.id() + "' must be one of "
                            + String.join(", ", in.choices().stream().map(Choice::id).toList()));
                } else if (in.isNumeric() && !(v instanceof Double)) {
                    loc.at(c, "equals", "'equals' for " + type + " input '" + in.id() + "' must be a number");
                } else if (in.isNumeric()) {
                    checkWithin(c, "equals", (Double) v, in);
                }
            }
            case Condition.Compare cmp -> {
                String op = Names.enumId(cmp.comparison());
                if (!in.isNumeric()) {
                    loc.at(c, op, "'" + op + "' needs a numeric input but '" + in.id() + "' is " + type);
                } else {
                    checkWithin(c, op, cmp.value(), in);
                }
            }
            case Condition.Asymmetry a -> {
                if (!in.isNumeric() || !in.isPerSide()) {
                    loc.at(c, key, "'asymmetry-of' needs a per-side numeric input but '" + in.id() + "' is "
                            + (in.isPerSide() ? "" : "not per side and ") + type);
                }
                if (r.side() != SideHandling.PER_SIDE) {
                    loc.at(c, key, "'asymmetry-of' only fits per-side rules (the finding goes on the worse side)");
                }
            }
            case Condition.CountTrue ct -> {
                if (in.type() != InputType.YES_NO) {
                    loc.at(c, key, "'count-true-of' needs yes-no inputs but '" + in.id() + "' is " + type);
                }
                if (ct.atLeast() < 1 || ct.atLeast() > ct.of().size()) {
                    loc.at(c, "at-least", "'at-least' must be between 1 and the " + ct.of().size()
                            + " inputs counted");
                }
            }
            case Condition.Age age -> {
                // reported by SafetyChecks: age only fits safety flags
            }
        }
    }

    private void checkWithin(Object c, String key, double v, Input in) {
        if (in.min() != null && in.max() != null && (v < in.min() || v > in.max())) {
            loc.at(c, key, "value " + Names.fmt(v) + " is outside input '" + in.id() + "' range "
                    + Names.fmt(in.min()) + ".." + Names.fmt(in.max()));
        }
    }
}
