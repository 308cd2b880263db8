package com.kneeline.trainer;

/** No template with that id belongs to the signed-in trainer; the same for "exists but another trainer's". */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(long id) {
        super("No template " + id);
    }
}
