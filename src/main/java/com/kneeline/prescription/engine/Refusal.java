package com.kneeline.prescription.engine;

import java.util.Map;
import java.util.Objects;

/**
 * Why the safety rules do not allow an exercise, or added weight on it, for one person: a code and the values its
 * sentence needs. The sentence itself is content ({@code rules/prescription.yaml}, {@code wording.refusals}); the
 * engine only decides.
 *
 * @param params placeholder values for the content's sentence, for example {@code exercise}, {@code level} and
 *               {@code cap} for {@link Code#FORM_GATE_CAP}
 */
public record Refusal(Code code, Map<String, String> params) {

    /** One code per named rule of {@link Eligibility}. */
    public enum Code {
        /** The exercise needs equipment the person has not listed ({@code exercise}, {@code equipment}). */
        EQUIPMENT,
        /** Activity pain is above the exercise's limit ({@code exercise}, {@code limit}, {@code pain}). */
        PAIN_LIMIT,
        /** A raised safety flag excludes the exercise ({@code exercise}, {@code flag}). */
        FLAG_EXCLUSION,
        /** The knee caves in and the step is above its form-gated ladder's cap ({@code exercise}, {@code level}, {@code cap}). */
        FORM_GATE_CAP,
        /** A low-load programme leaves out the exercise's movement pattern ({@code exercise}). */
        LOW_LOAD_PATTERN,
        /** No added weight in a low-load programme ({@code exercise}). */
        LOAD_LOW_LOAD,
        /** No added weight on a form-gated ladder while the knee caves in ({@code exercise}, {@code rule}). */
        LOAD_FORM_GATE,
        /** The exercise is done without added weight ({@code exercise}). */
        LOAD_NOT_LOADABLE
    }

    public Refusal {
        Objects.requireNonNull(code, "code");
        params = Map.copyOf(params);
    }
}
