package com.kneeline.assessment.engine;

import java.util.Locale;
import java.util.Objects;

/**
 * Which answer: an input id from the content pack, and the side for per-side inputs ({@code null} otherwise).
 * {@link #storageKey()} is how it is stored: {@code "pain-at-rest"} or {@code "knee-to-wall-cm@left"}.
 */
public record AnswerKey(String inputId, Side side) {

    private static final String SIDE_SEPARATOR = "@";

    public AnswerKey {
        Objects.requireNonNull(inputId, "inputId");
        if (inputId.contains(SIDE_SEPARATOR)) {
            throw new IllegalArgumentException("An input id cannot contain '" + SIDE_SEPARATOR + "': " + inputId);
        }
    }

    public static AnswerKey of(String inputId) {
        return new AnswerKey(inputId, null);
    }

    public static AnswerKey of(String inputId, Side side) {
        return new AnswerKey(inputId, side);
    }

    public String storageKey() {
        return side == null ? inputId : inputId + SIDE_SEPARATOR + side.label();
    }

    public static AnswerKey parse(String storageKey) {
        int at = storageKey.indexOf(SIDE_SEPARATOR);
        if (at < 0) {
            return of(storageKey);
        }
        return of(storageKey.substring(0, at), Side.valueOf(storageKey.substring(at + 1).toUpperCase(Locale.ROOT)));
    }
}
