package com.kneeline.assessment;

import java.util.Map;

/**
 * What saving a wizard step led to. {@code errors} maps an answer's storage key (or {@code about.<field>}) to a
 * plain-words message for the field; when it is not empty nothing moved, but valid answers were still kept.
 */
public record StepOutcome(AssessmentDetails assessment, Map<String, String> errors) {

    public StepOutcome {
        errors = Map.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
