package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.Strength;

/**
 * What one request means under the content's rules: stop or not, pain, caving, kind, starting phase and level,
 * which exercises are allowed, and the person's findings grouped and ordered by priority (strongest first, then
 * catalogue order).
 */
final class RequestContext {

    /** One finding of the person, all sides together. */
    static final class PersonFinding {
        final int index;
        final Strength strength;
        /** Entries in the request's side order (left, right, not sided). */
        final List<InferredFinding> entries = new ArrayList<>();

        PersonFinding(int index, Strength strength) {
            this.index = index;
            this.strength = strength;
        }
    }

    final Compiled c;
    final PrescriptionRequest request;
    final boolean stop;
    final boolean anyFlagKnown;
    final double activityPain;
    final double restPain;
    final boolean cavingLeft;
    final boolean cavingRight;
    final boolean caving;
    final Programme.Kind kind;
    final String phaseId;
    final int startLevel;
    /** Why the programme starts past the first phase, when a content rule (not a trainer) chose that; else null. */
    final String startReason;
    /** The programme is in the content's first phase: strong and likely findings get their entry steps. */
    final boolean firstPhase;
    final boolean[] allowed;
    /** The person's findings, highest priority first. */
    final List<PersonFinding> findings;
    /** Person finding per catalogue finding index, or null. */
    final PersonFinding[] byIndex;

    RequestContext(Compiled c, PrescriptionRequest request) {
        this.c = c;
        this.request = request;
        boolean stop = false;
        boolean known = false;
        for (String flag : request.raisedFlags()) {
            FlagLevel level = c.flagLevels.get(flag);
            if (level != null) {
                known = true;
                stop |= c.stopLevels.contains(level);
            }
        }
        this.stop = stop;
        this.anyFlagKnown = known;
        PrescriptionRules r = c.rules;
        Answers answers = request.answers() == null ? Answers.empty() : request.answers();
        activityPain = number(answers.raw(r.painInputs().duringActivity()), r.painInputs().assumedWhenUnanswered());
        restPain = number(answers.raw(r.painInputs().atRest()), r.painInputs().assumedWhenUnanswered());
        cavingLeft = yes(answers.raw(r.cavingInput(), Side.LEFT));
        cavingRight = yes(answers.raw(r.cavingInput(), Side.RIGHT));
        caving = cavingLeft || cavingRight;
        kind = stop ? Programme.Kind.REFERRAL_ONLY
                : activityPain >= r.lowLoad().fromActivityPain() ? Programme.Kind.LOW_LOAD : Programme.Kind.FULL;

        String requested = request.requestedPhaseId();
        if (requested != null && c.phases.stream().noneMatch(p -> p.id().equals(requested))) {
            throw new IllegalArgumentException("unknown phase '" + requested + "'");
        }
        String phase = c.phases.isEmpty() ? null : c.phases.get(0).id();
        int start = r.phaseStart().defaultStartLevel();
        String reason = null;
        Strength strongest = null;
        for (InferredFinding f : request.findings()) {
            if (f.strength() != null && (strongest == null || f.strength().compareTo(strongest) > 0)) {
                strongest = f.strength();
            }
        }
        if (kind == Programme.Kind.FULL && requested != null) {
            // A requested phase starts ladders where the content starts that phase; the form gate below still
            // caps form-gated ladders while the knee caves in (startLevelOf, Eligibility).
            phase = requested;
            for (PrescriptionRules.PhaseStartRule rule : r.phaseStart().rules()) {
                if (rule.phase().equals(requested)) {
                    start = rule.startLevel();
                    break;
                }
            }
        } else if (kind == Programme.Kind.FULL) {
            for (PrescriptionRules.PhaseStartRule rule : r.phaseStart().rules()) {
                if ((!rule.requiresNoCaving() || !caving)
                        && (rule.activityPainAtMost() == null || activityPain <= rule.activityPainAtMost())
                        && (rule.restPainAtMost() == null || restPain <= rule.restPainAtMost())
                        && (rule.maxFindingStrength() == null || strongest == null
                        || strongest.compareTo(rule.maxFindingStrength()) <= 0)) {
                    phase = rule.phase();
                    start = rule.startLevel();
                    reason = rule.reason();
                    break;
                }
            }
        }
        this.phaseId = stop ? null : phase;
        this.startLevel = start;
        this.startReason = stop ? null : reason;
        this.firstPhase = !stop && phase != null && phase.equals(c.phases.get(0).id());

        int n = c.exercises.length;
        allowed = new boolean[n];
        for (int i = 0; i < n; i++) {
            allowed[i] = refusal(i) == null;
        }

        byIndex = new PersonFinding[c.findings.length];
        List<PersonFinding> list = new ArrayList<>();
        for (InferredFinding f : request.findings()) {
            Integer idx = c.findingIndex.get(f.findingId());
            if (idx == null) {
                continue; // not in this pack: nothing to prescribe for it
            }
            PersonFinding pf = byIndex[idx];
            if (pf == null) {
                pf = new PersonFinding(idx, f.strength());
                byIndex[idx] = pf;
                list.add(pf);
            }
            pf.entries.add(f);
        }
        for (int i = 0; i < list.size(); i++) {
            PersonFinding pf = list.get(i);
            Strength max = pf.entries.get(0).strength();
            for (InferredFinding e : pf.entries) {
                if (e.strength() != null && (max == null || e.strength().compareTo(max) > 0)) {
                    max = e.strength();
                }
            }
            PersonFinding sorted = new PersonFinding(pf.index, max);
            pf.entries.stream().sorted(java.util.Comparator.comparingInt(RequestContext::sideOrder))
                    .forEach(sorted.entries::add);
            list.set(i, sorted);
            byIndex[pf.index] = sorted;
        }
        list.sort((a, b) -> {
            int s = Integer.compare(rank(b.strength), rank(a.strength));
            return s != 0 ? s : Integer.compare(a.index, b.index);
        });
        findings = List.copyOf(list);
    }

    private static int rank(Strength s) {
        return s == null ? -1 : s.ordinal();
    }

    private static int sideOrder(InferredFinding f) {
        return f.side() == null ? 2 : f.side().ordinal();
    }

    /** Why exercise i is not allowed for this person ({@link Eligibility#EXERCISE}), or null. */
    Refusal refusal(int i) {
        return Eligibility.first(Eligibility.EXERCISE, this, i);
    }

    /** Why exercise i may not carry added weight for this person ({@link Eligibility#LOAD}), or null. */
    Refusal loadRefusal(int i) {
        return Eligibility.first(Eligibility.LOAD, this, i);
    }

    /** The level exercise i's ladder starts at for this person. */
    int startLevelOf(int i) {
        return caving && c.formGated[i] ? Math.min(startLevel, c.maxLevelWhileCaving[i]) : startLevel;
    }

    /** 0: at or below the start level; 1: above it but below the top; 2: the top of its ladder. */
    int tier(int i) {
        if (c.level[i] <= startLevelOf(i)) {
            return 0;
        }
        return c.top[i] ? 2 : 1;
    }

    /** Reactive patterns (landing, hopping, cutting) belong to the reactive phase; before it they are a last resort. */
    boolean heldForLaterPhase(int i) {
        return c.reactive[i] && !c.rules.phaseStart().reactivePhase().equals(phaseId);
    }

    int distance(int i) {
        return Math.abs(c.level[i] - startLevelOf(i));
    }

    boolean loadAllowed(int i) {
        return loadRefusal(i) == null;
    }

    private static double number(Optional<String> raw, double fallback) {
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(raw.get().strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean yes(Optional<String> raw) {
        return raw.isPresent() && raw.get().strip().toLowerCase(Locale.ROOT).equals(Answers.YES);
    }
}
