package com.kneeline.content.model;

import java.util.List;

/**
 * How often the person repeats the assessment (a check-in); the person or their trainer may change the interval
 * within the allowed range. A check-in counts as "due" from its due date for {@code dueWindowDays} days, and as
 * overdue after that.
 */
public record Reassessment(
        @Range(min = 1, max = 26) int defaultIntervalWeeks,
        @Range(min = 1, max = 26) IntRange allowedIntervalWeeks,
        @Range(min = 1, max = 28) int dueWindowDays,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Reassessment {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (defaultIntervalWeeks < allowedIntervalWeeks.min() || defaultIntervalWeeks > allowedIntervalWeeks.max()) {
            throw new IllegalArgumentException("'default-interval-weeks' must lie within 'allowed-interval-weeks'");
        }
        // A window as long as the shortest interval would make the next check-in due before this one is overdue.
        if (dueWindowDays >= allowedIntervalWeeks.min() * 7) {
            throw new IllegalArgumentException("'due-window-days' (" + dueWindowDays + ") must be shorter than the"
                    + " shortest allowed interval (" + allowedIntervalWeeks.min() * 7 + " days)");
        }
    }
}
