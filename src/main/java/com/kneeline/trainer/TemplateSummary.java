package com.kneeline.trainer;

import java.time.Instant;

/** One row of a trainer's template list. */
public record TemplateSummary(long id, String name, String description, Integer sessionsPerWeek,
                              Integer minutesPerSession, String phaseName, int exerciseRules, Instant updatedAt) {
}
