package com.kneeline.tracking.engine;

import java.util.Objects;

import com.kneeline.content.model.NumberRange;

/**
 * What happens to one exercise after a session.
 *
 * @param before    the prescription the session was done at
 * @param next      the prescription to keep from now on (store this one)
 * @param session   what the next session does: equal to {@code next} except in a deload week, when it has fewer
 *                  sets (and {@code targetRpe} is lower)
 * @param targetRpe the effort to aim for in the next session
 * @param sentence  one plain sentence for the person: what changes and why
 */
public record Decision(Kind kind, ExercisePrescription before, ExercisePrescription next,
                       ExercisePrescription session, NumberRange targetRpe, String sentence) {

    public enum Kind {
        /** More reps (or seconds) per set, same load. */
        PROGRESS_REPS,
        /** More load, back to the bottom of the range. */
        PROGRESS_LOAD,
        /** The next step of the exercise's ladder (body-weight or non-loadable work at the top of its range). */
        MOVE_UP_LADDER,
        /** Same dose again. */
        HOLD,
        /** Same dose again because the knee caved in, with the exercise's cue to keep it over the foot. */
        CUE,
        /** Fewer reps (or seconds): body-weight work at the bottom of its ladder after too much pain. */
        REGRESS_REPS,
        /** Less load. */
        REGRESS_LOAD,
        /** The previous step of the exercise's ladder. */
        MOVE_DOWN_LADDER,
        /** A deload week: fewer sets and lower effort; the prescription itself is kept. */
        DELOAD,
        /**
         * An open referral flag: nothing gets harder until it is acknowledged (or, for a red flag that stops
         * exercise, until a professional has cleared the person). Regressions still apply.
         */
        PAUSE,
        /** Nothing is decided until the next-morning check-in says whether the pain settled. */
        WAITING,
        /** The easiest step of its ladder still caves in: same dose, done the supported way the content describes. */
        SUPPORTED
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(sentence, "sentence");
    }

    public String exerciseId() {
        return before.exerciseId();
    }

    /** The dose, step or load changes (a deload week's fewer sets count too). */
    public boolean changes() {
        return switch (kind) {
            case HOLD, CUE, PAUSE, WAITING -> false;
            default -> true;
        };
    }

    /** Worth saying on the exercise's card next time: a change, or a cue after the knee caved in. */
    public boolean showOnCard() {
        return changes() || kind == Kind.CUE;
    }
}
