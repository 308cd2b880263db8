package com.kneeline.content.model;

import java.util.List;

/** Lay instructions for a test: how to set up, how to film it (if filmed), what to look for, and safety notes. */
public record Instructions(
        @MinItems(1) List<String> setup,
        @Opt List<String> filming,
        @MinItems(1) List<String> lookFor,
        @Opt List<String> safety) {

    public Instructions {
        setup = List.copyOf(setup);
        filming = List.copyOf(filming);
        lookFor = List.copyOf(lookFor);
        safety = List.copyOf(safety);
    }
}
