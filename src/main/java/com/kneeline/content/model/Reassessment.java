package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How often the person repeats the assessment (a check-in); the person or their trainer may change the interval
 * within the allowed range. A check-in counts as "due" from its due date for {@code dueWindowDays} days, and as
 * overdue after that.
 */
public record Reassessment(
        @Min(1) @Max(26) int defaultIntervalWeeks,
        @NotNull @DecimalMin("1") @DecimalMax("26") IntRange allowedIntervalWeeks,
        @Min(1) @Max(28) int dueWindowDays,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

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
