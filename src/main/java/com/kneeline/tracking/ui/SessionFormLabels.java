package com.kneeline.tracking.ui;

import com.kneeline.tracking.engine.KneeTracking;

/** Plain words for the tracker's values. */
final class SessionFormLabels {

    private SessionFormLabels() {
    }

    static String tracking(KneeTracking t) {
        return switch (t) {
            case GOOD -> "stayed over the foot";
            case NOT_SURE -> "not sure";
            case CAVED -> "caved in";
        };
    }
}
