package com.kneeline.content.model;

import java.util.List;

/** A reassessment measure and what counts as a real change for it. Numeric: input + worse + realChange (in the input's unit); pass-fail: criteria + passWhenPositiveAtMost, a real change is a change of pass/fail. */
public record Measure(
        String id,
        @MaxChars(60) String name,
        MeasureKind kind,
        @Opt String input,
        @Opt List<String> criteria,
        @Opt @Range(min = 0, max = 20) Integer passWhenPositiveAtMost,
        @Opt WorseSide worse,
        @Opt @Range(min = 0, max = 1000) Double realChange,
        @Opt List<Mdc> mdc,
        @Opt String note,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public Measure {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
        criteria = List.copyOf(criteria);
        mdc = List.copyOf(mdc);
        if (kind == MeasureKind.NUMERIC && (input == null || worse == null || realChange == null)) {
            throw new IllegalArgumentException("a numeric measure needs 'input', 'worse' and 'real-change'");
        }
        if (kind == MeasureKind.PASS_FAIL && (criteria.isEmpty() || passWhenPositiveAtMost == null)) {
            throw new IllegalArgumentException("a pass-fail measure needs 'criteria' and 'pass-when-positive-at-most'");
        }
    }
}
