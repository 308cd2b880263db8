package com.kneeline.assessment.engine;

import java.util.Locale;

/** The leg an answer or a finding belongs to. Answers to inputs that are not per side carry no side. */
public enum Side {
    LEFT,
    RIGHT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
