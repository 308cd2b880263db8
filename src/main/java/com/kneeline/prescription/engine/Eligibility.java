package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.SafetyFlag;

/**
 * The one eligibility model: named rules that each return the reason an exercise (or added weight on it) is not
 * allowed for a person, or null. The planner, the alternatives, the person's swaps and a trainer's changes all ask
 * these rules, so one rule lives in one place.
 */
final class Eligibility {

    /** One named rule about exercise {@code i} for the request; null when it allows it. */
    @FunctionalInterface
    interface Rule {
        Refusal check(RequestContext ctx, int i);
    }

    /** May the person do the exercise at all. The form gate first: its sentence says what would change it. */
    static final List<Rule> EXERCISE = List.of(Eligibility::formGateCap, Eligibility::painLimit,
            Eligibility::flagExclusion, Eligibility::lowLoadPattern, Eligibility::equipment);

    /** May the exercise carry added weight. */
    static final List<Rule> LOAD = List.of(Eligibility::lowLoad, Eligibility::formGate, Eligibility::loadable);

    private Eligibility() {
    }

    /** The first refusal of the rules, or null. */
    static Refusal first(List<Rule> rules, RequestContext ctx, int i) {
        for (Rule rule : rules) {
            Refusal refusal = rule.check(ctx, i);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    static Refusal equipment(RequestContext ctx, int i) {
        Exercise e = ctx.c.exercises[i];
        List<String> missing = new ArrayList<>();
        for (String eq : e.equipment()) {
            if (!ctx.request.equipment().contains(eq)) {
                missing.add(ctx.c.catalogue.equipment(eq).map(Equipment::label).orElse(eq));
            }
        }
        return missing.isEmpty() ? null : refusal(Refusal.Code.EQUIPMENT, e, "equipment", String.join(", ", missing));
    }

    static Refusal painLimit(RequestContext ctx, int i) {
        Exercise e = ctx.c.exercises[i];
        double limit = e.contraindications().maxPain();
        return limit >= ctx.activityPain ? null : refusal(Refusal.Code.PAIN_LIMIT, e, "limit", number(limit),
                "pain", number(ctx.activityPain));
    }

    static Refusal flagExclusion(RequestContext ctx, int i) {
        Exercise e = ctx.c.exercises[i];
        for (String flag : e.contraindications().excludedBy()) {
            if (ctx.request.raisedFlags().contains(flag)) {
                String reason = ctx.c.flagsInOrder.stream().filter(f -> f.id().equals(flag)).findFirst()
                        .map(SafetyFlag::reason).orElse(null);
                return refusal(Refusal.Code.FLAG_EXCLUSION, e, "flag", reason == null ? flag : reason);
            }
        }
        return null;
    }

    static Refusal formGateCap(RequestContext ctx, int i) {
        Compiled c = ctx.c;
        return ctx.caving && c.formGated[i] && c.level[i] > c.maxLevelWhileCaving[i]
                ? refusal(Refusal.Code.FORM_GATE_CAP, c.exercises[i], "level", Integer.toString(c.level[i]),
                "cap", Integer.toString(c.maxLevelWhileCaving[i])) : null;
    }

    static Refusal lowLoadPattern(RequestContext ctx, int i) {
        return ctx.kind == Programme.Kind.LOW_LOAD && ctx.c.lowLoadExcluded[i]
                ? refusal(Refusal.Code.LOW_LOAD_PATTERN, ctx.c.exercises[i]) : null;
    }

    static Refusal lowLoad(RequestContext ctx, int i) {
        return ctx.kind != Programme.Kind.FULL ? refusal(Refusal.Code.LOAD_LOW_LOAD, ctx.c.exercises[i]) : null;
    }

    static Refusal formGate(RequestContext ctx, int i) {
        return ctx.caving && ctx.c.formGated[i] ? refusal(Refusal.Code.LOAD_FORM_GATE, ctx.c.exercises[i], "rule",
                ctx.c.progression.formGate().rule()) : null;
    }

    static Refusal loadable(RequestContext ctx, int i) {
        return ctx.c.exercises[i].loadable() ? null : refusal(Refusal.Code.LOAD_NOT_LOADABLE, ctx.c.exercises[i]);
    }

    private static Refusal refusal(Refusal.Code code, Exercise e, String... keyValues) {
        Map<String, String> params = new java.util.HashMap<>();
        params.put("exercise", e.name());
        for (int k = 0; k < keyValues.length; k += 2) {
            params.put(keyValues[k], keyValues[k + 1]);
        }
        return new Refusal(code, params);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
