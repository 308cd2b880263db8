package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * When a person moves on to the next phase; all must hold.
 *
 * @param minWeeks            at least this many weeks in the phase (within the phase's typical weeks)
 * @param minAdherencePercent sessions done as planned since the phase began, in percent
 * @param recentSessions      the last this-many sessions had no caving on any set, pain during at most
 *                            {@code maxPain}, and pain settled by the next morning
 * @param maxPain             highest pain during exercise allowed in those sessions (at most pain-monitoring's
 *                            acceptable-during-max)
 * @param formCheckPasses     the latest form check (prescription's caving input) shows no caving on either side
 */
public record PhaseCriteria(
        @Min(1) @Max(26) int minWeeks,
        @Min(0) @Max(100) int minAdherencePercent,
        @Min(1) @Max(30) int recentSessions,
        @Min(0) @Max(10) int maxPain,
        boolean formCheckPasses) {
}
