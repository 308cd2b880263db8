package com.kneeline.content.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A reassessment measure and what counts as a real change for it. Numeric: input + worse + realChange (in the input's
 * unit); pass-fail: criteria + passWhenPositiveAtMost, where any criterion in {@code failsOnItsOwn} fails the test by
 * itself (a visibly caving knee), and a real change is a change of pass/fail. {@code tracks}: the findings the
 * measure follows (empty: it follows the knee itself, whatever the findings).
 */
public record Measure(
        @NotNull String id,
        @NotNull @Size(max = 60) String name,
        @NotNull MeasureKind kind,
        String input,
        List<String> criteria,
        @Min(0) @Max(20) Integer passWhenPositiveAtMost,
        List<String> failsOnItsOwn,
        List<String> tracks,
        WorseSide worse,
        @DecimalMin("0") @DecimalMax("1000") Double realChange,
        List<Mdc> mdc,
        String note,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public Measure {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        criteria = List.copyOf(criteria);
        failsOnItsOwn = List.copyOf(failsOnItsOwn);
        tracks = List.copyOf(tracks);
        mdc = List.copyOf(mdc);
        if (kind == MeasureKind.NUMERIC && (input == null || worse == null || realChange == null)) {
            throw new IllegalArgumentException("a numeric measure needs 'input', 'worse' and 'real-change'");
        }
        if (kind == MeasureKind.PASS_FAIL && (criteria.isEmpty() || passWhenPositiveAtMost == null)) {
            throw new IllegalArgumentException("a pass-fail measure needs 'criteria' and 'pass-when-positive-at-most'");
        }
    }

    /** Pass or fail from the criteria answered yes. */
    public boolean passes(java.util.Collection<String> positive) {
        return positive.size() <= passWhenPositiveAtMost && failsOnItsOwn.stream().noneMatch(positive::contains);
    }
}
