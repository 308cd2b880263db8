package com.kneeline.assessment.engine;

import java.util.List;

import com.kneeline.content.model.Strength;

/**
 * A finding the answers point to, on one side ({@code side == null} when it is not side-specific), with the
 * strongest strength among the rules that fired and every rule's evidence, strongest first.
 */
public record InferredFinding(String findingId, Side side, Strength strength, List<Evidence> evidence) {

    public InferredFinding {
        evidence = List.copyOf(evidence);
    }
}
