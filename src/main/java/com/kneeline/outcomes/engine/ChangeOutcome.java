package com.kneeline.outcomes.engine;

/** Whether a change between two scores is real; below the threshold it is "no real change". */
public enum ChangeOutcome {
    IMPROVED,
    NO_REAL_CHANGE,
    WORSENED;
}
