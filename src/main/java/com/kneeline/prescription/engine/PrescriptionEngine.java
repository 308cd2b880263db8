package com.kneeline.prescription.engine;

import java.util.List;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;

/**
 * Turns a finished assessment into a programme by interpreting the content pack's exercises, ladders and
 * prescription rules. Plain Java, deterministic (same request, same programme) and thread-safe.
 */
public final class PrescriptionEngine {

    private final ContentCatalogue catalogue;

    public PrescriptionEngine(ContentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Programme prescribe(PrescriptionRequest request) {
        throw new UnsupportedOperationException("PrescriptionEngine.prescribe is being implemented on the engine branch");
    }

    /**
     * Valid replacements for an exercise of a programme: same pillar, addressing at least one of the same
     * findings, using only the person's equipment, allowed by their pain and form gate, and not already in that
     * session; best match first.
     */
    public List<Exercise> alternatives(PrescriptionRequest request, String exerciseId) {
        throw new UnsupportedOperationException("PrescriptionEngine.alternatives is being implemented on the engine branch");
    }
}
