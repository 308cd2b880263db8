package com.kneeline.content.model;

/**
 * How a questionnaire's answers become its 0-100 score. {@code SUM}: the points of the chosen answers are added
 * (the best answers add up to 100, as in the Anterior Knee Pain Scale). {@code KOOS}: each item is 0 (no problem)
 * to 4 (extreme) and the score is 100 - mean item x 25, with missing items left out of the mean.
 */
public enum PromScoring {
    SUM,
    KOOS;
}
