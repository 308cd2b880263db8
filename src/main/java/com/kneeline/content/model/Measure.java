package com.kneeline.content.model;

import java.util.List;

/**
 * A reassessment measure and what counts as a real change for it. Numeric: input + worse + realChange (in the input's
 * unit); pass-fail: criteria + passWhenPositiveAtMost, where any criterion in {@code failsOnItsOwn} fails the test by
 * itself (a visibly caving knee), and a real change is a change of pass/fail. {@code tracks}: the findings the
 * measure follows (empty: it follows the knee itself, whatever the findings).
 */
public record Measure(
        String id,
        @MaxChars(60) String name,
        MeasureKind kind,
        @Opt String input,
        @Opt List<String> criteria,
        @Opt @Range(min = 0, max = 20) Integer passWhenPositiveAtMost,
        @Opt List<String> failsOnItsOwn,
        @Opt List<String> tracks,
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
