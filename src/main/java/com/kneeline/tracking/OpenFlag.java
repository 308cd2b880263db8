package com.kneeline.tracking;

import java.time.Instant;

import com.kneeline.tracking.engine.Flag;

/** A raised referral flag the person has not acknowledged yet. */
public record OpenFlag(long id, Flag.Kind kind, String seen, String whyItMatters, String professional,
                       boolean stopsExercise, Instant raisedAt) {

    /** A short heading for the kind of flag. */
    public String title() {
        return title(kind);
    }

    static String title(Flag.Kind kind) {
        return switch (kind) {
            case RED_FLAG -> "Stop exercising and see a professional";
            case PERSISTENT_PAIN -> "Your pain keeps coming back";
            case PAIN_NOT_SETTLING -> "Your pain is not settling overnight";
            case FUNCTIONAL_LIMITATION -> "Your knee is limiting everyday life";
            case NO_PROGRESS -> "No real change yet";
            case WORSENING -> "Some measures got worse";
            case CHANGE_REPORTED -> "You reported a change in your knee";
        };
    }
}
