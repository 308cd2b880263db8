package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A performance test done on each leg. {@code worse} says which way a result is worse (a timed hop is worse when
 * higher). A quality score has {@code bands}; a reach test has the side-to-side {@code meaningful-difference}.
 */
public record PerformanceTest(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull PerformanceKind kind,
        @NotNull String purpose,
        @NotNull @Size(max = 12) String unit,
        @NotNull WorseSide worse,
        @NotNull NumberRange range,
        @NotNull PerformanceInstructions instructions,
        List<ScoreBand> bands,
        @DecimalMin("0.1") @DecimalMax("100") Double meaningfulDifference,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced, Cited {

    public PerformanceTest {
        bands = List.copyOf(bands);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        if (kind == PerformanceKind.QUALITY_SCORE && bands.isEmpty()) {
            throw new IllegalArgumentException("a quality-score test needs 'bands'");
        }
        if (kind == PerformanceKind.REACH && meaningfulDifference == null) {
            throw new IllegalArgumentException("a reach test needs 'meaningful-difference'");
        }
    }
}
