package com.kneeline.assessment.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of raw answers. Raw values are strings so that what is stored is exactly what the engine reads:
 * <ul>
 *   <li>yes-no: {@code "yes"} or {@code "no"};</li>
 *   <li>integer, decimal and scale: a plain decimal number with a dot, e.g. {@code "6.5"};</li>
 *   <li>choice: the choice's id from the content pack.</li>
 * </ul>
 * An absent key means not answered, or skipped with "don't know"; conditions on it never hold.
 */
public final class Answers {

    public static final String YES = "yes";
    public static final String NO = "no";

    private final Map<AnswerKey, String> values;

    private Answers(Map<AnswerKey, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Answers of(Map<AnswerKey, String> values) {
        return new Answers(values);
    }

    public static Answers empty() {
        return new Answers(Map.of());
    }

    public Optional<String> raw(AnswerKey key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<String> raw(String inputId) {
        return raw(AnswerKey.of(inputId));
    }

    public Optional<String> raw(String inputId, Side side) {
        return raw(AnswerKey.of(inputId, side));
    }

    public Map<AnswerKey, String> asMap() {
        return values;
    }

    /** A copy with one answer set, or removed when {@code raw} is null. */
    public Answers with(AnswerKey key, String raw) {
        Map<AnswerKey, String> copy = new LinkedHashMap<>(values);
        if (raw == null) {
            copy.remove(key);
        } else {
            copy.put(key, raw);
        }
        return new Answers(copy);
    }
}
