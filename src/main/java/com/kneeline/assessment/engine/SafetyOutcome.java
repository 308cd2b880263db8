package com.kneeline.assessment.engine;

import java.util.List;

import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.SafetyFlag;

/** The safety flags the screen's answers raised, most urgent level first. */
public record SafetyOutcome(List<SafetyFlag> raised) {

    public SafetyOutcome {
        raised = List.copyOf(raised);
    }

    /** An acute or urgent flag stops the assessment: no programme until a professional has seen the knee. */
    public boolean stop() {
        return raised.stream().anyMatch(flag -> flag.level() == FlagLevel.ACUTE || flag.level() == FlagLevel.URGENT);
    }

    public List<SafetyFlag> atLevel(FlagLevel level) {
        return raised.stream().filter(flag -> flag.level() == level).toList();
    }
}
