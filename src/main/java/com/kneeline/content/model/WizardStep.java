package com.kneeline.content.model;

/** The assessment wizard's steps, in order; each test belongs to one. */
public enum WizardStep {
    SAFETY,
    ABOUT,
    SINGLE_LEG_SQUAT,
    FOOT,
    ANKLE,
    HIP_TRUNK;
}
