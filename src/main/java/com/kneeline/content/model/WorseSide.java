package com.kneeline.content.model;

/** For an asymmetry: whether the lower or the higher value is the worse side (e.g. lower knee-to-wall distance is worse). */
public enum WorseSide {
    LOWER,
    HIGHER;
}
