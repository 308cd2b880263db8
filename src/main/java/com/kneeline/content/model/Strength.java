package com.kneeline.content.model;

/** How strongly the answers point to a finding, weakest first (the order is used: when several rules fire the strongest wins). */
public enum Strength {
    POSSIBLE,
    LIKELY,
    STRONG;
}
