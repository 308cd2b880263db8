package com.kneeline.trainer;

import java.util.Map;

/** A template form with errors: a sentence per field ({@link TemplateService} field keys); nothing was saved. */
public class TemplateInvalidException extends IllegalArgumentException {

    private final Map<String, String> errors;

    public TemplateInvalidException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
