package com.kneeline.prescription;

import java.util.Map;

/**
 * Exercises another feature holds back for a person until its criteria hold (the outcomes' cutting gate): they are
 * not prescribed and not progressed to meanwhile. Prescription and tracking ask every such bean through
 * {@link ExerciseHolds} without knowing the features, so the feature graph keeps pointing one way.
 */
public interface ExerciseHold {

    /** Exercise id to why it is held, in plain words for the person; empty when nothing is held. */
    Map<String, String> held(long personId);
}
