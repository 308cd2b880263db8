package com.kneeline.content.model;

/** One answer and the points the published scoring gives it. */
public record PromAnswer(String id, @MaxChars(80) String label, @Range(min = -10, max = 100) int points) {
}
