package com.kneeline.account;

/** A person the signed-in account may not see, reported exactly like one that does not exist. */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long personId) {
        super("No person " + personId + " visible to you");
    }
}
