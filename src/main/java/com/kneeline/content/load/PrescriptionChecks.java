package com.kneeline.content.load;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.ProgressionRules;
import com.kneeline.content.model.Template;

/**
 * Cross-checks of rules/prescription.yaml against the rest of the pack: the inputs it names exist with the right
 * type, phases exist and the reactive phase is reachable, start levels stay below every ladder's top, education
 * covers every finding that claims the education pillar, and templates use only known placeholders.
 */
final class PrescriptionChecks {

    interface At {
        void at(Object rec, String key, String message);
    }

    interface AtItem {
        void at(Object rec, String key, int index, String message);
    }

    private final At at;
    private final AtItem atItem;
    private final Set<String> inputIds;
    private final Set<String> findingIds;
    private final Map<String, Input> inputs;
    private final List<Finding> findings;
    private final List<Exercise> exercises;
    private final List<Ladder> ladders;
    private final ProgressionRules progression;

    PrescriptionChecks(At at, AtItem atItem, Set<String> inputIds, Set<String> findingIds, Map<String, Input> inputs,
            List<Finding> findings, List<Exercise> exercises, List<Ladder> ladders, ProgressionRules progression) {
        this.at = at;
        this.atItem = atItem;
        this.inputIds = inputIds;
        this.findingIds = findingIds;
        this.inputs = inputs;
        this.findings = findings;
        this.exercises = exercises;
        this.ladders = ladders;
        this.progression = progression;
    }

    void check(PrescriptionRules p) {
        checkPainInput(p.painInputs(), "at-rest", p.painInputs().atRest());
        checkPainInput(p.painInputs(), "during-activity", p.painInputs().duringActivity());
        checkCavingInput(p);
        if (progression != null && p.lowLoad().fromActivityPain() <= progression.painMonitoring().safeMax()) {
            at.at(p.lowLoad(), "from-activity-pain", "'from-activity-pain' (" + p.lowLoad().fromActivityPain()
                    + ") must be above pain-monitoring's 'safe-max' (" + progression.painMonitoring().safeMax() + ")");
        }
        checkPhases(p.phaseStart());
        checkEducation(p);
        var w = p.wording();
        placeholders(w, "rationale", w.rationale(), Set.of("finding", "evidence"));
        placeholders(w, "rationale-with-side", w.rationaleWithSide(), Set.of("finding", "evidence", "side"));
        placeholders(w, "uncovered", w.uncovered(), Set.of("finding"));
        placeholders(w, "no-findings", w.noFindings(), Set.of());
        placeholders(w, "warm-up-step", w.warmUpStep(), Set.of("step", "minutes"));
        placeholders(w, "fewer-sessions", w.fewerSessions(), Set.of("sessions", "asked"));
        var r = w.refusals();
        placeholders(r, "equipment", r.equipment(), Set.of("exercise", "equipment"));
        placeholders(r, "pain-limit", r.painLimit(), Set.of("exercise", "limit", "pain"));
        placeholders(r, "flag-exclusion", r.flagExclusion(), Set.of("exercise", "flag"));
        placeholders(r, "form-gate-cap", r.formGateCap(), Set.of("exercise", "level", "cap"));
        placeholders(r, "low-load-pattern", r.lowLoadPattern(), Set.of("exercise"));
        placeholders(r, "load-low-load", r.loadLowLoad(), Set.of("exercise"));
        placeholders(r, "load-form-gate", r.loadFormGate(), Set.of("exercise", "rule"));
        placeholders(r, "load-not-loadable", r.loadNotLoadable(), Set.of("exercise"));
    }

    private void checkPainInput(Object rec, String key, String id) {
        if (!inputIds.contains(id)) {
            at.at(rec, key, "unknown input '" + id + "'");
            return;
        }
        Input in = inputs.get(id);
        if (in != null && (in.type() != InputType.SCALE || in.isPerSide())) {
            at.at(rec, key, "pain input '" + id + "' must be a scale input that is not per side");
        }
    }

    private void checkCavingInput(PrescriptionRules p) {
        String id = p.cavingInput();
        if (!inputIds.contains(id)) {
            at.at(p, "caving-input", "unknown input '" + id + "'");
            return;
        }
        Input in = inputs.get(id);
        if (in != null && (in.type() != InputType.YES_NO || !in.isPerSide())) {
            at.at(p, "caving-input", "'caving-input' must be a per-side yes-no input, but '" + id + "' is "
                    + (in.isPerSide() ? "" : "not per side and ") + Names.enumId(in.type()));
        }
    }

    private void checkPhases(PrescriptionRules.PhaseStart ps) {
        List<Phase> phases = progression == null ? null : progression.phases();
        if (phases == null) {
            return; // progression.yaml is broken; already reported
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < phases.size(); i++) {
            order.put(phases.get(i).id(), i);
        }
        Integer reactive = order.get(ps.reactivePhase());
        if (reactive == null) {
            at.at(ps, "reactive-phase", "unknown phase '" + ps.reactivePhase() + "' (progression phases: "
                    + (order.isEmpty() ? "none" : String.join(", ", order.keySet())) + ")");
        } else {
            if (reactive == 0) {
                at.at(ps, "reactive-phase", "reactive phase '" + ps.reactivePhase()
                        + "' must come after the first phase, which is where programmes start");
            }
            if (!phases.get(reactive).focus().contains(Pillar.NEUROMUSCULAR)) {
                at.at(ps, "reactive-phase", "reactive phase '" + ps.reactivePhase()
                        + "' must focus on the neuromuscular pillar");
            }
        }
        if (exercises.stream().noneMatch(e -> ps.reactivePatterns().contains(e.pattern()))) {
            at.at(ps, "reactive-patterns", "no exercise has one of the 'reactive-patterns', so the reactive phase "
                    + "could never be trained");
        }
        int smallestTop = smallestLadderTop();
        checkStartLevel(ps, "default-start-level", ps.defaultStartLevel(), smallestTop);
        for (int i = 0; i < ps.rules().size(); i++) {
            PrescriptionRules.PhaseStartRule r = ps.rules().get(i);
            Integer at = order.get(r.phase());
            if (at == null) {
                this.at.at(r, "phase", "unknown phase '" + r.phase() + "'");
            } else if (reactive != null && at >= reactive) {
                this.at.at(r, "phase", "programmes may not start in phase '" + r.phase()
                        + "': it must come before the reactive phase '" + ps.reactivePhase() + "'");
            }
            checkStartLevel(r, "start-level", r.startLevel(), smallestTop);
        }
    }

    private int smallestLadderTop() {
        int smallest = Integer.MAX_VALUE;
        for (Ladder l : ladders) {
            List<Integer> levels = exercises.stream().filter(e -> e.ladder().equals(l.id())).map(Exercise::level)
                    .distinct().toList();
            if (levels.size() >= 3) { // shorter ladders are reported by the ladder checks
                smallest = Math.min(smallest, levels.stream().mapToInt(Integer::intValue).max().orElseThrow());
            }
        }
        return smallest;
    }

    private void checkStartLevel(Object rec, String key, int level, int smallestTop) {
        if (smallestTop != Integer.MAX_VALUE && level >= smallestTop) {
            at.at(rec, key, "'" + key + "' " + level + " would start some ladder at its top (the shortest ladder has "
                    + smallestTop + " levels)");
        }
    }

    private void checkEducation(PrescriptionRules p) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.education().size(); i++) {
            PrescriptionRules.EducationEntry e = p.education().get(i);
            if (!findingIds.contains(e.finding())) {
                at.at(e, "finding", "unknown finding '" + e.finding() + "'");
            } else if (byId.containsKey(e.finding()) && !byId.get(e.finding()).pillars().contains(Pillar.EDUCATION)) {
                at.at(e, "finding", "finding '" + e.finding() + "' does not claim the education pillar");
            }
            if (!seen.add(e.finding())) {
                at.at(e, "finding", "finding '" + e.finding() + "' has education text twice");
            }
        }
        for (Finding f : findings) {
            if (f.pillars().contains(Pillar.EDUCATION) && f.professionalAdvice() == null && !seen.contains(f.id())) {
                at.at(p, "education", "finding '" + f.id() + "' claims the education pillar but has neither "
                        + "'professional-advice' nor an education entry here");
            }
        }
    }

    private void placeholders(Object rec, String key, String text, Set<String> allowed) {
        for (String name : Template.placeholders(text)) {
            if (!allowed.contains(name)) {
                at.at(rec, key, "placeholder '{" + name + "}' is not known here"
                        + (allowed.isEmpty() ? " (none are)" : " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")"));
            }
        }
    }
}
