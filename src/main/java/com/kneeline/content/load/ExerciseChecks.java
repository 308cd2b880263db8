package com.kneeline.content.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Pillar;

/**
 * Checks of the exercises against the findings, equipment, ladders and safety flags they name: every claimed pillar
 * has an exercise, entry exercises address their finding, load guidance fits loadability, and ladders climb
 * 1, 2, 3... without gaps or two steps on one level.
 */
final class ExerciseChecks {

    private final Locations loc;
    private final PackReader reader;
    /** Ladders named by exercises that failed to bind: their shape cannot be judged. */
    private final Set<String> ladderOfBrokenExercises;

    ExerciseChecks(Locations loc, PackReader reader, Set<String> ladderOfBrokenExercises) {
        this.loc = loc;
        this.reader = reader;
        this.ladderOfBrokenExercises = ladderOfBrokenExercises;
    }

    void checkFindings(List<Finding> findings, List<Exercise> exercises, List<InferenceRule> rules) {
        for (Finding f : findings) {
            for (int p = 0; p < f.pillars().size(); p++) {
                Pillar pillar = f.pillars().get(p);
                if (pillar == Pillar.EDUCATION) {
                    continue;
                }
                boolean covered = exercises.stream()
                        .anyMatch(e -> e.pillar() == pillar && e.addresses().contains(f.id()));
                if (!covered) {
                    loc.atItem(f, "pillars", p, "finding '" + f.id() + "' claims the " + Names.enumId(pillar)
                            + " pillar but no " + Names.enumId(pillar) + " exercise addresses it");
                }
            }
            if (rules.stream().noneMatch(r -> r.finding().equals(f.id()))
                    && !reader.known("inference rule").isEmpty()) {
                loc.at(f, "id", "finding '" + f.id() + "' has no inference rule, so the assessment can never report it");
            }
        }
    }

    /** Entry exercises exist and address their finding. */
    void checkEntryExercises(List<Finding> findings, List<Exercise> exercises) {
        Map<String, Exercise> byId = new HashMap<>();
        exercises.forEach(e -> byId.putIfAbsent(e.id(), e));
        for (Finding f : findings) {
            for (int i = 0; i < f.entryExercises().size(); i++) {
                Exercise e = byId.get(f.entryExercises().get(i));
                if (e == null) {
                    loc.atItem(f, "entry-exercises", i, "unknown exercise '" + f.entryExercises().get(i) + "'");
                } else if (!e.addresses().contains(f.id())) {
                    loc.atItem(f, "entry-exercises", i, "entry exercise '" + e.id() + "' does not address finding '"
                            + f.id() + "'");
                }
            }
        }
    }

    void checkExercises(List<Exercise> exercises, Map<Exercise, PackFiles.ExerciseFile> fileOf,
            List<Finding> findings) {
        Set<String> findingIds = reader.known("finding");
        Set<String> equipment = reader.known("equipment");
        Set<String> ladders = reader.known("ladder");
        Set<String> flags = reader.known("safety flag");
        Map<String, Finding> byId = new HashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        for (Exercise e : exercises) {
            PackFiles.ExerciseFile ef = fileOf.get(e);
            if (ef != null && e.pillar() != ef.pillar()) {
                loc.at(e, "pillar", "exercise '" + e.id() + "' has pillar '" + Names.enumId(e.pillar())
                        + "' but its file is for the " + Names.enumId(ef.pillar()) + " pillar");
            }
            for (int i = 0; i < e.addresses().size(); i++) {
                String f = e.addresses().get(i);
                if (!findingIds.contains(f)) {
                    loc.atItem(e, "addresses", i, "unknown finding '" + f + "'");
                } else if (byId.containsKey(f) && !byId.get(f).pillars().contains(e.pillar())) {
                    loc.atItem(e, "addresses", i, "finding '" + f + "' does not claim the "
                            + Names.enumId(e.pillar()) + " pillar, so a " + Names.enumId(e.pillar())
                            + " exercise cannot address it");
                }
            }
            for (int i = 0; i < e.equipment().size(); i++) {
                if (!equipment.contains(e.equipment().get(i))) {
                    loc.atItem(e, "equipment", i, "unknown equipment '" + e.equipment().get(i) + "'");
                }
            }
            if (!ladders.contains(e.ladder())) {
                loc.at(e, "ladder", "unknown ladder '" + e.ladder() + "'");
            }
            List<String> excluded = e.contraindications().excludedBy();
            for (int i = 0; i < excluded.size(); i++) {
                if (!flags.contains(excluded.get(i))) {
                    loc.atItem(e.contraindications(), "excluded-by", i, "unknown safety flag '" + excluded.get(i) + "'");
                }
            }
            if (e.loadable() && e.loadGuidance() == null) {
                loc.at(e, "loadable", "'load-guidance' is required when 'loadable' is true");
            }
            if (!e.loadable() && e.loadGuidance() != null) {
                loc.at(e, "load-guidance", "'load-guidance' must be left out when 'loadable' is false");
            }
            var d = e.dosage();
            if ((d.reps() == null) == (d.holdSeconds() == null)) {
                loc.at(d, "sets", "'dosage' needs exactly one of 'reps' or 'hold-seconds'");
            }
            if (d.tempo() != null && d.reps() == null) {
                loc.at(d, "tempo", "'tempo' only fits a dosage in 'reps'");
            }
        }
    }

    void checkLadders(List<Ladder> ladders, List<Exercise> exercises) {
        for (Ladder l : ladders) {
            if (ladderOfBrokenExercises.contains(l.id()) || reader.unavailable("exercise-file")) {
                continue; // some of its steps could not be read; that problem is already reported
            }
            Map<Integer, Exercise> byLevel = new TreeMap<>();
            for (Exercise e : exercises) {
                if (!e.ladder().equals(l.id())) {
                    continue;
                }
                Exercise prev = byLevel.putIfAbsent(e.level(), e);
                if (prev != null) {
                    loc.at(e, "level", "exercises '" + prev.id() + "' and '" + e.id() + "' are both level " + e.level()
                            + " of ladder '" + l.id() + "'");
                }
            }
            int top = byLevel.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (byLevel.size() < 3) {
                loc.at(l, "id", "ladder '" + l.id() + "' has " + byLevel.size()
                        + " level(s); a ladder needs at least 3");
            }
            for (int level = 1; level <= top; level++) {
                if (!byLevel.containsKey(level)) {
                    loc.at(l, "id", "ladder '" + l.id() + "' has no level " + level
                            + " (levels must run 1, 2, 3... without gaps)");
                }
            }
            if (l.formGated() && l.maxLevelWhileCaving() != null && top > 0 && l.maxLevelWhileCaving() > top) {
                loc.at(l, "max-level-while-caving", "'max-level-while-caving' is " + l.maxLevelWhileCaving()
                        + " but ladder '" + l.id() + "' only has " + top + " levels");
            }
        }
    }
}
