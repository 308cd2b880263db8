package com.kneeline.assessment.engine;

import java.util.List;

import org.assertj.core.groups.Tuple;

import com.kneeline.content.model.Strength;

/** Short helpers for asserting on findings as (finding, side, strength) and on their evidence. */
final class Found {

    private Found() {
    }

    static List<InferredFinding> infer(AnswerSheet sheet) {
        return Bundled.ENGINE.infer(sheet.answers());
    }

    static Tuple finding(String findingId, Side side, Strength strength) {
        return Tuple.tuple(findingId, side, strength);
    }

    /** The rule ids behind one finding on one side, in evidence order; empty when the finding is absent. */
    static List<String> rules(List<InferredFinding> findings, String findingId, Side side) {
        return findings.stream().filter(f -> f.findingId().equals(findingId) && f.side() == side)
                .flatMap(f -> f.evidence().stream()).map(Evidence::ruleId).toList();
    }

    static String explanation(List<InferredFinding> findings, String ruleId) {
        return findings.stream().flatMap(f -> f.evidence().stream()).filter(e -> e.ruleId().equals(ruleId))
                .map(Evidence::explanation).findFirst().orElseThrow(() -> new AssertionError(ruleId + " did not fire"));
    }
}
