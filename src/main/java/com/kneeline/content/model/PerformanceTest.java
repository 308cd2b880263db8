package com.kneeline.content.model;

import java.util.List;

/**
 * A performance test done on each leg. {@code worse} says which way a result is worse (a timed hop is worse when
 * higher). A quality score has {@code bands}; a reach test has the side-to-side {@code meaningful-difference}.
 */
public record PerformanceTest(
        String id,
        @MaxChars(60) String name,
        PerformanceKind kind,
        String purpose,
        @MaxChars(12) String unit,
        WorseSide worse,
        NumberRange range,
        PerformanceInstructions instructions,
        @Opt List<ScoreBand> bands,
        @Opt @Range(min = 0.1, max = 100) Double meaningfulDifference,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced, Cited {

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
