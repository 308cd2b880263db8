package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;

/** One option of a choice input. */
public record Choice(@NotNull String id, @NotNull String label) {
}
