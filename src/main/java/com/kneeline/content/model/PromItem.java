package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One question of a questionnaire and its answers. */
public record PromItem(@NotNull String id, @NotNull String question, String help, @NotNull @Size(min = 2) List<PromAnswer> answers) {
    public PromItem {
        answers = List.copyOf(answers);
    }
}
