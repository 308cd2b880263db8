package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Lay instructions for a test: how to set up, how to film it (if filmed), what to look for, and safety notes. */
public record Instructions(
        @NotNull @Size(min = 1) List<String> setup,
        List<String> filming,
        @NotNull @Size(min = 1) List<String> lookFor,
        List<String> safety) {

    public Instructions {
        setup = List.copyOf(setup);
        filming = List.copyOf(filming);
        lookFor = List.copyOf(lookFor);
        safety = List.copyOf(safety);
    }
}
