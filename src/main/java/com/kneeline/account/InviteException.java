package com.kneeline.account;

/** An invite code that cannot be accepted, with a message meant for the person who typed it. */
public class InviteException extends RuntimeException {

    public InviteException(String message) {
        super(message);
    }
}
