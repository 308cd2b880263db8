package com.kneeline.content.model;

/** Seconds per phase of a repetition. */
public record Tempo(@Range(min = 0, max = 10) int lower, @Range(min = 0, max = 10) int pause, @Range(min = 0, max = 10) int lift) {
}
