package com.kneeline.base;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who did something and when: the account's id, its name as it was then (so a history reads the same after a
 * rename), whether they acted as the person's trainer, and the instant. Each entity maps it onto its own columns
 * with {@code @AttributeOverrides}; a row where nothing was done yet holds {@link #NONE}.
 */
@Embeddable
public record Attribution(@Column(name = "by_id") Long by,
                          @Column(name = "by_name", length = NAME_MAX) String byName,
                          @Column(name = "by_trainer", nullable = false) boolean byTrainer,
                          @Column(name = "at_time") Instant at) {

    /** The stored name's length, as the account's display name. */
    public static final int NAME_MAX = 80;

    /** Not done yet: every column empty (and "by trainer" false, its column being not null). */
    public static final Attribution NONE = new Attribution(null, null, false, null);

    /** Done now by this account; a longer name is cut with an ellipsis. */
    public static Attribution of(long by, String byName, boolean byTrainer, Instant at) {
        String name = byName == null || byName.length() <= NAME_MAX ? byName : byName.substring(0, NAME_MAX - 1) + "…";
        return new Attribution(by, name, byTrainer, Objects.requireNonNull(at));
    }

    /** Whether it was done at all. */
    public boolean done() {
        return at != null;
    }
}
