package com.kneeline.tracking;

/** No logged session (or flag) with that id belongs to the signed-in person; the same for "exists but not yours". */
public class SessionNotFoundException extends RuntimeException {

    public SessionNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}
