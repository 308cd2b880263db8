package com.kneeline.assessment.engine;

import com.kneeline.content.model.Strength;

/** One rule that fired, with its explanation filled in from the person's answers ("your left knee-to-wall was 6 cm ..."). */
public record Evidence(String ruleId, Strength strength, String explanation) {
}
