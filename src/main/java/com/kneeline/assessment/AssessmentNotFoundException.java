package com.kneeline.assessment;

/** No assessment with that id belongs to the signed-in person; deliberately the same for "exists but not yours". */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(long id) {
        super("No assessment " + id);
    }
}
