package com.kneeline.assessment.ui;

import java.util.Optional;

import com.kneeline.assessment.AssessmentDetails;
import com.vaadin.flow.component.Component;

/**
 * A part of a completed assessment's findings page that a later feature contributes: the programme made from the
 * findings, the comparison after a check-in, the questionnaires. Assessment comes first in the feature graph, so it
 * names none of them; each is a Spring bean, collected as a list and shown in {@link org.springframework.core.annotation.Order}.
 * A section is a singleton: it builds new components on every call and keeps no state.
 */
public interface FindingsPageSection {

    /** Where the section stands on the page. */
    enum Place {
        /** Above the findings, for what the person came back for (a check-in's comparison). */
        ABOVE_FINDINGS,
        /** Below the findings, for what to do next. */
        BELOW_FINDINGS
    }

    Place place();

    /** The section for this completed assessment of the signed-in person's, or empty when it has nothing to say. */
    Optional<Component> render(AssessmentDetails assessment);
}
