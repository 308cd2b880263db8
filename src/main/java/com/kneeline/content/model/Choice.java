package com.kneeline.content.model;

/** One option of a choice input. */
public record Choice(String id, String label) {
}
