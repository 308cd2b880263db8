package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.tracking.engine.MeasureChange;

/**
 * A person's reassessment measures over their completed assessments: the comparison of the latest with the
 * baseline (the first) and the previous check-in, and each numeric measure's values per side for charts.
 *
 * @param assessments every completed assessment, oldest first
 * @param changes     per measure and side, from {@link com.kneeline.tracking.engine.Comparison}; empty with fewer
 *                    than two assessments
 * @param measures    what the content says about each measure that appears in {@code changes} or {@code series}
 * @param series      per numeric measure and side, one value per assessment (null where it was not answered)
 */
public record MeasureProgress(List<Assessed> assessments, List<MeasureChange> changes, List<MeasureInfo> measures,
                              List<Series> series) {

    public MeasureProgress {
        assessments = List.copyOf(assessments);
        changes = List.copyOf(changes);
        measures = List.copyOf(measures);
        series = List.copyOf(series);
    }

    /** A comparison needs a baseline and at least one check-in. */
    public boolean comparable() {
        return assessments.size() >= 2;
    }

    public Optional<Assessed> baseline() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(0));
    }

    public Optional<Assessed> latest() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /** The check-in before the latest, when it is not the baseline itself. */
    public Optional<Assessed> previous() {
        return assessments.size() < 3 ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 2));
    }

    public Optional<MeasureInfo> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public record Assessed(long id, LocalDate date) {
    }

    /**
     * @param unit       the input's unit ("cm", "s"), or null
     * @param realChange the smallest change that counts; null for pass-fail measures (only pass/fail counts)
     */
    public record MeasureInfo(String id, String name, MeasureKind kind, String unit, Double realChange, String note) {
    }

    /** @param values aligned with {@link #assessments()}; null where the measure was not answered */
    public record Series(String measureId, Side side, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
