package com.kneeline.trainer;

import java.util.Map;

/** A template form with errors: a sentence per {@link Field}; nothing was saved. */
public class TemplateInvalidException extends RuntimeException {

    /** The form field a sentence belongs to; the form shows it next to that field. */
    public enum Field { NAME, DESCRIPTION, SESSIONS, MINUTES, PHASE, RULES }

    private final transient Map<Field, String> errors;

    public TemplateInvalidException(Map<Field, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<Field, String> errors() {
        return errors;
    }
}
