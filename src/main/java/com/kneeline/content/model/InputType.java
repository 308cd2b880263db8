package com.kneeline.content.model;

/** Answer types the wizard can render. Yes-no answers are booleans, scale is a 0..10 slider. */
public enum InputType {
    YES_NO,
    INTEGER,
    DECIMAL,
    SCALE,
    CHOICE;
}
