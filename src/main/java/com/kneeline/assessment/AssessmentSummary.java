package com.kneeline.assessment;

import java.time.Instant;

/** A row of the person's assessment history. */
public record AssessmentSummary(long id, AssessmentStatus status, Instant startedAt, Instant finishedAt,
                                int findingCount) {
}
