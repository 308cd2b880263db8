package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the session history. */
public record SessionSummary(long id, LocalDate date, int number, int exercisesDone, int exercisesPlanned,
                             int maxPain, String tracking, Instant editedAt, boolean editable) {
}
