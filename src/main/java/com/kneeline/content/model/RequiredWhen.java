package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;

/**
 * Makes an optional input required once another input of the same test has a given answer, e.g. the
 * knee-to-wall distance once the person says they measured it. {@code equals} is a choice id, or yes/no.
 */
public record RequiredWhen(@NotNull String input, @NotNull String equals) {
}
