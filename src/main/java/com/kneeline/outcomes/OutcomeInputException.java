package com.kneeline.outcomes;

/** Input the outcomes service refuses, with a message written for the person (shown next to the form). */
public class OutcomeInputException extends RuntimeException {
    public OutcomeInputException(String message) {
        super(message);
    }
}
