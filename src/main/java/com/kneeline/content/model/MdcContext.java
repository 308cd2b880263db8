package com.kneeline.content.model;

/** What a minimal detectable change was measured for. */
public enum MdcContext {
    ONE_LEG,
    SIDE_TO_SIDE,
    SAME_RATER,
    BETWEEN_RATERS,
    BETWEEN_DAYS;
}
