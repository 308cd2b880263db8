package com.kneeline.assessment.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small mutable builder for {@link Answers} in tests: {@code AnswerSheet.create().yes("pelvic-drop", LEFT).answers()}. */
public final class AnswerSheet {

    private final Map<AnswerKey, String> values = new LinkedHashMap<>();

    private AnswerSheet() {
    }

    public static AnswerSheet create() {
        return new AnswerSheet();
    }

    public static AnswerSheet from(Answers answers) {
        AnswerSheet sheet = new AnswerSheet();
        sheet.values.putAll(answers.asMap());
        return sheet;
    }

    /** An input that is not per side (or a safety flag). */
    public AnswerSheet set(String inputId, String raw) {
        values.put(AnswerKey.of(inputId), raw);
        return this;
    }

    public AnswerSheet set(String inputId, Side side, String raw) {
        values.put(AnswerKey.of(inputId, side), raw);
        return this;
    }

    /** The same answer for the left and the right leg. */
    public AnswerSheet both(String inputId, String raw) {
        return set(inputId, Side.LEFT, raw).set(inputId, Side.RIGHT, raw);
    }

    public AnswerSheet yes(String inputId) {
        return set(inputId, Answers.YES);
    }

    public AnswerSheet no(String inputId) {
        return set(inputId, Answers.NO);
    }

    public AnswerSheet yes(String inputId, Side side) {
        return set(inputId, side, Answers.YES);
    }

    public AnswerSheet no(String inputId, Side side) {
        return set(inputId, side, Answers.NO);
    }

    /** Not answered (skipped, or "don't know"). */
    public AnswerSheet skip(String inputId) {
        values.remove(AnswerKey.of(inputId));
        return this;
    }

    public AnswerSheet skip(String inputId, Side side) {
        values.remove(AnswerKey.of(inputId, side));
        return this;
    }

    public AnswerSheet putAll(Map<AnswerKey, String> more) {
        values.putAll(more);
        return this;
    }

    public Answers answers() {
        return Answers.of(values);
    }
}
