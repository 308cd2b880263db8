package com.kneeline.assessment.engine;

import java.util.List;
import java.util.Set;

import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.SafetyFlag;

/**
 * The safety flags the screen raised, most urgent level first; the levels that stop exercise (the content pack's
 * {@code referral.red-flags.stop-exercise-at}); and the flags a professional has cleared since an earlier stop, which
 * are still reported but no longer stop.
 */
public record SafetyOutcome(List<SafetyFlag> raised, Set<FlagLevel> stopLevels, Set<String> cleared) {

    public SafetyOutcome {
        raised = List.copyOf(raised);
        stopLevels = Set.copyOf(stopLevels);
        cleared = Set.copyOf(cleared);
    }

    public SafetyOutcome(List<SafetyFlag> raised, Set<FlagLevel> stopLevels) {
        this(raised, stopLevels, Set.of());
    }

    /** A flag at a stopping level, not cleared, ends the assessment: no programme until a professional has seen it. */
    public boolean stop() {
        return !stopping().isEmpty();
    }

    /** The raised flags that stop exercise now. */
    public List<SafetyFlag> stopping() {
        return raised.stream().filter(flag -> stopLevels.contains(flag.level()) && !cleared.contains(flag.id())).toList();
    }

    public List<SafetyFlag> atLevel(FlagLevel level) {
        return raised.stream().filter(flag -> flag.level() == level).toList();
    }
}
