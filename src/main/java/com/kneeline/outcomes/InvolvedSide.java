package com.kneeline.outcomes;

/** Which knee is the problem knee for a symmetry comparison; with both, the weaker leg is compared with the other. */
public enum InvolvedSide {
    LEFT("Left"),
    RIGHT("Right"),
    BOTH("Both (the weaker leg is compared)");

    private final String label;

    InvolvedSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
