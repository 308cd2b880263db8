package com.kneeline.trainer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.kneeline.assessment.AboutYou;
import com.kneeline.prescription.Dose;

import org.hibernate.validator.constraints.Range;

/**
 * What a trainer enters for a template, with its bounds declared once for the service and the form.
 *
 * @param sessionsPerWeek   null: the client's own answer
 * @param minutesPerSession null: the client's own answer
 * @param phaseId           null: the content's phase-start rules decide
 */
public record TemplateForm(
        @NotBlank(message = "Give the template a name.")
        @Size(max = ProgrammeTemplate.NAME_MAX_LENGTH, message = "At most {max} characters.")
        String name,
        @Size(max = ProgrammeTemplate.DESCRIPTION_MAX_LENGTH, message = "At most {max} characters.")
        String description,
        @Range(min = AboutYou.MIN_SESSIONS, max = AboutYou.MAX_SESSIONS,
                message = "From {min} to {max}, or empty for the client's own answer.")
        Integer sessionsPerWeek,
        @Range(min = AboutYou.MIN_MINUTES, max = AboutYou.MAX_MINUTES,
                message = "From {min} to {max}, or empty for the client's own answer.")
        Integer minutesPerSession,
        String phaseId,
        @Size(max = ProgrammeTemplate.MAX_EXERCISES, message = "At most {max} exercise rules.")
        List<Rule> exercises) {

    public TemplateForm {
        name = name == null ? null : name.strip();
        description = description == null ? null : description.strip();
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
