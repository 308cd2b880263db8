package com.kneeline.outcomes.ui;

import java.util.Optional;

import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.ui.FindingsPageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.springframework.core.annotation.Order;

/** On the findings page: the two knee questionnaires, answered at the start and after each check-in. */
@org.springframework.stereotype.Component
@Order(2)
class QuestionnairesFindingsSection implements FindingsPageSection {

    @Override
    public Place place() {
        return Place.BELOW_FINDINGS;
    }

    @Override
    public Optional<Component> render(AssessmentDetails assessment) {
        RouterLink outcomes = new RouterLink("Answer the two short knee questionnaires", OutcomesView.class);
        outcomes.setId("findings-outcomes-link");
        return Optional.of(new Paragraph(new Text("Once at the start and after each check-in: "), outcomes,
                new Text(", so we can tell later what has really changed.")));
    }
}
