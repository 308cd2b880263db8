package com.kneeline.assessment.engine;

import java.util.List;
import java.util.Optional;

import com.kneeline.content.model.ContentCatalogue;

/**
 * Turns assessment answers into safety outcomes and findings by interpreting the content pack's rules.
 * Plain Java, deterministic, thread-safe; it hard-codes no threshold, input or finding.
 */
public final class FindingsEngine {

    private final ContentCatalogue catalogue;

    public FindingsEngine(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Which safety flags were answered "yes". */
    public SafetyOutcome screen(Answers answers) {
        throw new UnsupportedOperationException("FindingsEngine.screen is being implemented on the engine branch");
    }

    /**
     * The findings the answers point to, in the catalogue's finding order, left before right before not-sided.
     * One entry per finding and side.
     */
    public List<InferredFinding> infer(Answers answers) {
        throw new UnsupportedOperationException("FindingsEngine.infer is being implemented on the engine branch");
    }

    /**
     * Checks one raw value against its input's type and range, in plain words for the person, e.g.
     * "Enter a number from 0 to 30 cm." Empty when the value is fine; an unknown input id is a programming error.
     */
    public Optional<String> checkValue(String inputId, String raw) {
        throw new UnsupportedOperationException("FindingsEngine.checkValue is being implemented on the engine branch");
    }
}
