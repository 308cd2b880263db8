package com.kneeline.account;

/** A sign-up that cannot go ahead, with the form field to show the message next to. */
public class RegistrationException extends RuntimeException {

    public enum Field { EMAIL, DISPLAY_NAME, PASSWORD, ROLE, CONSENT }

    private final Field field;

    public RegistrationException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
