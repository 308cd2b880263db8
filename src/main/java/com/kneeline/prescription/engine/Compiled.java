package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.ProgressionRules;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.Template;
import com.kneeline.content.model.Tempo;

/**
 * Everything about a catalogue the engine needs per request, computed once: exercises as flat arrays in catalogue
 * order, candidate lists per finding and pillar, and the texts that do not depend on the person.
 */
final class Compiled {

    /** The pillars that have exercises, in enum order; a (finding, pillar) pair is a {@link Need}. */
    static final Pillar[] EXERCISE_PILLARS = {Pillar.STRENGTH, Pillar.MOBILITY, Pillar.NEUROMUSCULAR};

    final ContentCatalogue catalogue;
    final PrescriptionRules rules;
    final ProgressionRules progression;

    // exercises, by catalogue index
    final Exercise[] exercises;
    final Map<String, Integer> exerciseIndex = new HashMap<>();
    final int[] pillarSlot;
    final int[] level;
    final boolean[] top;
    final boolean[] formGated;
    final int[] maxLevelWhileCaving;
    final boolean[] lowLoadExcluded;
    final boolean[] reactive;
    final int[] perSetSeconds;
    /** Seconds one repetition takes (tempo, or the content's default); 0 for held exercises. */
    final int[] secondsPerRep;
    final String[] tempo;
    /** Finding indexes each exercise addresses. */
    final int[][] addresses;

    // findings, by catalogue index
    final Finding[] findings;
    final Map<String, Integer> findingIndex = new HashMap<>();
    /** Pillar slots (0..2) each finding needs exercises in, in the finding's own order. */
    final int[][] neededSlots;
    /** Education text for findings that claim the education pillar, or null. */
    final String[] educationText;
    /** Candidate exercises per {@link Need#index}, catalogue order. */
    final int[][] candidates;
    /**
     * Per finding, per entry exercise: that exercise, then the other steps of its ladder that address the finding,
     * easiest first, so the lowest step the person may do stands in for an entry step that does not suit them.
     */
    final int[][][] entryOptions;

    final Map<String, FlagLevel> flagLevels = new HashMap<>();
    final Set<FlagLevel> stopLevels;
    final List<SafetyFlag> flagsInOrder;

    final List<Programme.PhaseSummary> phases;
    final List<String> warmUp;
    final int warmUpSeconds;
    final List<String> baseSafetyNotes;
    final List<String> cavingSafetyNotes;

    Compiled(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
        this.rules = catalogue.prescription();
        if (rules == null) {
            throw new IllegalArgumentException("The content pack has no prescription rules (rules/prescription.yaml)");
        }
        this.progression = catalogue.progression();

        List<Finding> fs = catalogue.findings();
        findings = fs.toArray(Finding[]::new);
        for (int i = 0; i < findings.length; i++) {
            findingIndex.put(findings[i].id(), i);
        }
        neededSlots = new int[findings.length][];
        educationText = new String[findings.length];
        Map<String, String> entries = new HashMap<>();
        rules.education().forEach(e -> entries.put(e.finding(), e.text()));
        for (int i = 0; i < findings.length; i++) {
            Finding f = findings[i];
            neededSlots[i] = f.pillars().stream().filter(p -> p != Pillar.EDUCATION).mapToInt(Compiled::slot)
                    .distinct().toArray();
            if (f.pillars().contains(Pillar.EDUCATION)) {
                educationText[i] = entries.getOrDefault(f.id(), f.professionalAdvice());
            }
        }

        List<Exercise> xs = catalogue.exercises();
        int n = xs.size();
        exercises = xs.toArray(Exercise[]::new);
        pillarSlot = new int[n];
        level = new int[n];
        top = new boolean[n];
        formGated = new boolean[n];
        maxLevelWhileCaving = new int[n];
        lowLoadExcluded = new boolean[n];
        reactive = new boolean[n];
        perSetSeconds = new int[n];
        secondsPerRep = new int[n];
        tempo = new String[n];
        addresses = new int[n][];
        List<List<Integer>> cand = new ArrayList<>();
        for (int p = 0; p < findings.length * Need.SLOTS; p++) {
            cand.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Exercise e = exercises[i];
            exerciseIndex.put(e.id(), i);
            pillarSlot[i] = slot(e.pillar());
            level[i] = e.level();
            List<Exercise> steps = catalogue.ladderSteps(e.ladder());
            top[i] = !steps.isEmpty() && steps.get(steps.size() - 1).level() == e.level();
            Ladder l = catalogue.ladder(e.ladder()).orElse(null);
            formGated[i] = l != null && l.formGated();
            maxLevelWhileCaving[i] = formGated[i] ? l.maxLevelWhileCaving() : Integer.MAX_VALUE;
            lowLoadExcluded[i] = rules.lowLoad().excludedPatterns().contains(e.pattern());
            reactive[i] = rules.phaseStart().reactivePatterns().contains(e.pattern());
            var d = e.dosage();
            if (d.holdSeconds() != null) {
                perSetSeconds[i] = d.holdSeconds().max();
            } else {
                Tempo t = d.tempo();
                int perRep = t == null ? 0 : t.lower() + t.pause() + t.lift();
                if (perRep == 0) {
                    perRep = rules.timing().defaultSecondsPerRep();
                }
                perSetSeconds[i] = d.reps().max() * perRep;
                secondsPerRep[i] = perRep;
            }
            tempo[i] = d.tempo() == null ? null : d.tempo().lower() + "-" + d.tempo().pause() + "-" + d.tempo().lift();
            addresses[i] = e.addresses().stream().map(findingIndex::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).toArray();
            for (int f : addresses[i]) {
                cand.get(Need.index(f, pillarSlot[i])).add(i);
            }
        }
        candidates = new int[cand.size()][];
        for (int p = 0; p < cand.size(); p++) {
            candidates[p] = cand.get(p).stream().mapToInt(Integer::intValue).toArray();
        }

        entryOptions = new int[findings.length][][];
        for (int f = 0; f < findings.length; f++) {
            List<String> entry = findings[f].entryExercises();
            entryOptions[f] = new int[entry.size()][];
            for (int k = 0; k < entry.size(); k++) {
                Integer first = exerciseIndex.get(entry.get(k));
                if (first == null) {
                    entryOptions[f][k] = new int[0];
                    continue;
                }
                final int finding = f;
                List<Integer> options = new ArrayList<>(List.of(first));
                catalogue.ladderSteps(exercises[first].ladder()).stream().map(e -> exerciseIndex.get(e.id()))
                        .filter(x -> x != null && x.intValue() != first
                                && java.util.Arrays.stream(addresses[x]).anyMatch(a -> a == finding))
                        .forEach(options::add);
                entryOptions[f][k] = options.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        flagsInOrder = catalogue.safetyFlags();
        flagsInOrder.forEach(f -> flagLevels.put(f.id(), f.level()));
        stopLevels = Set.copyOf(catalogue.referral().redFlags().stopExerciseAt());

        phases = progression.phases().stream()
                .map(p -> new Programme.PhaseSummary(p.id(), p.name(), p.goal(), p.moveOnWhen())).toList();
        warmUp = rules.timing().warmUp().stream()
                .map(w -> Template.fill(rules.wording().warmUpStep(),
                        Map.of("step", w.step(), "minutes", Integer.toString(w.minutes()))))
                .toList();
        warmUpSeconds = rules.timing().warmUpSeconds();
        baseSafetyNotes = List.of(progression.painMonitoring().summary(), progression.painMonitoring().whenExceeded(),
                progression.formGate().rule());
        cavingSafetyNotes = List.of(progression.painMonitoring().summary(),
                progression.painMonitoring().whenExceeded(), progression.formGate().rule(),
                progression.formGate().whenCaving());
    }

    static int slot(Pillar p) {
        return switch (p) {
            case STRENGTH -> 0;
            case MOBILITY -> 1;
            case NEUROMUSCULAR -> 2;
            case EDUCATION -> throw new IllegalArgumentException("education has no exercises");
        };
    }

    /**
     * Seconds for one exercise: every set (both sides if unilateral, plus extra sets) at {@code perSet} seconds,
     * rest between consecutive sets, a side change for unilateral work and one transition. The one formula behind
     * the planner's time budget and the re-estimate after a swap or a dose change.
     */
    int seconds(int x, int perSet, int restSeconds, int sets, int extra) {
        Exercise e = exercises[x];
        int total = sets * (e.unilateral() ? 2 : 1) + extra;
        return total * perSet + (total - 1) * restSeconds
                + (e.unilateral() ? rules.timing().sideChangeSeconds() : 0) + rules.timing().transitionSeconds();
    }
}
