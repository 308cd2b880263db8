package com.kneeline.tracking.engine;

/**
 * A reason to see a professional.
 *
 * @param seen           what the tracker saw, with the numbers
 * @param whyItMatters   the content's advice for this criterion
 * @param professional   whom to see (content)
 * @param stopsExercise  exercise is paused until a professional has seen the person (red flags at a stopping level)
 */
public record Flag(Kind kind, String seen, String whyItMatters, String professional, boolean stopsExercise) {

    public enum Kind {
        /** A safety-screen red flag raised (at any level); the content says which levels stop exercise. */
        RED_FLAG,
        PERSISTENT_PAIN,
        PAIN_NOT_SETTLING,
        FUNCTIONAL_LIMITATION,
        NO_PROGRESS,
        WORSENING,
        /** The person pressed "I got hurt / something changed" and answered no to every safety question. */
        CHANGE_REPORTED
    }
}
