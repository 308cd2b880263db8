package com.kneeline.prescription;

/** No programme with that id belongs to the signed-in person; the same for "exists but not yours". */
public class ProgrammeNotFoundException extends RuntimeException {

    public ProgrammeNotFoundException(long id) {
        super("No programme " + id);
    }
}
