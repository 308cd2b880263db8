package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Something an exercise needs beyond a floor, a wall and a chair. */
public record Equipment(@NotNull String id, @NotNull @Size(max = 40) String label, String description) {
}
