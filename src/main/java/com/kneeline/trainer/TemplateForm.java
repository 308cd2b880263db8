package com.kneeline.trainer;

import java.util.List;

import com.kneeline.prescription.Dose;

/**
 * What a trainer enters for a template.
 *
 * @param sessionsPerWeek   null: the client's own answer
 * @param minutesPerSession null: the client's own answer
 * @param phaseId           null: the content's phase-start rules decide
 */
public record TemplateForm(String name, String description, Integer sessionsPerWeek, Integer minutesPerSession,
                           String phaseId, List<Rule> exercises) {

    public TemplateForm {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /** When {@code exerciseId} is prescribed: {@code replacementId} instead (optional) and/or this dose. */
    public record Rule(String exerciseId, String replacementId, Dose dose) {
        public Rule {
            dose = dose == null ? Dose.NONE : dose;
            replacementId = replacementId == null || replacementId.isBlank() ? null : replacementId;
        }
    }
}
