package com.kneeline.content.model;

import java.util.List;

/** One question of a questionnaire and its answers. */
public record PromItem(String id, String question, @Opt String help, @MinItems(2) List<PromAnswer> answers) {
    public PromItem {
        answers = List.copyOf(answers);
    }
}
