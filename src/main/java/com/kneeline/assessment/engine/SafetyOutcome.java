package com.kneeline.assessment.engine;

import java.util.List;
import java.util.Set;

import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.SafetyFlag;

/**
 * The safety flags the screen's answers raised, most urgent level first, and the levels that stop exercise
 * (the content pack's {@code referral.red-flags.stop-exercise-at}).
 */
public record SafetyOutcome(List<SafetyFlag> raised, Set<FlagLevel> stopLevels) {

    public SafetyOutcome {
        raised = List.copyOf(raised);
        stopLevels = Set.copyOf(stopLevels);
    }

    /** A flag at a stopping level ends the assessment: no programme until a professional has seen the knee. */
    public boolean stop() {
        return raised.stream().anyMatch(flag -> stopLevels.contains(flag.level()));
    }

    public List<SafetyFlag> atLevel(FlagLevel level) {
        return raised.stream().filter(flag -> flag.level() == level).toList();
    }
}
