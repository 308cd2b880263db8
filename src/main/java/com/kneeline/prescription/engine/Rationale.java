package com.kneeline.prescription.engine;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Strength;

/** Why an exercise is in the programme: the finding it addresses and the evidence that produced that finding. */
public record Rationale(String findingId, Side side, Strength strength, String text) {
}
