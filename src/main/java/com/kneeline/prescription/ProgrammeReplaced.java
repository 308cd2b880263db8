package com.kneeline.prescription;

import java.util.Objects;

import com.kneeline.prescription.engine.Programme;

/**
 * Published (synchronously, inside the creating transaction) when a new programme supersedes a person's current
 * one, so other features can carry their state over without prescription depending on them.
 *
 * @param replacement the new programme as the person will see it (swaps carried over included)
 */
public record ProgrammeReplaced(long ownerId, long previousId, long newId, Programme replacement) {
    public ProgrammeReplaced {
        Objects.requireNonNull(replacement, "replacement");
    }
}
