package com.kneeline.outcomes.ui;

import java.util.Optional;

import org.springframework.core.annotation.Order;

import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.ui.FindingsPageSection;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.OutcomesService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;

/**
 * On the findings page of the baseline assessment and of every check-in: the knee questionnaires and the global
 * rating, answered right there while they are due, with the way on to the hop tests and the gates.
 */
@org.springframework.stereotype.Component
@Order(2)
class QuestionnairesFindingsSection implements FindingsPageSection {

    private final OutcomesService outcomes;
    private final AssessmentService assessments;

    QuestionnairesFindingsSection(OutcomesService outcomes, AssessmentService assessments) {
        this.outcomes = outcomes;
        this.assessments = assessments;
    }

    @Override
    public Place place() {
        return Place.BELOW_FINDINGS;
    }

    @Override
    public Optional<Component> render(AssessmentDetails assessment) {
        RouterLink page = new RouterLink("your outcomes and hop tests", OutcomesView.class);
        page.setId("findings-outcomes-link");
        // An older assessment is kept for the record; the questionnaires belong to the latest one.
        boolean latest = assessments.latestCompleted().map(s -> s.id() == assessment.id()).orElse(false);
        OutcomesOverview o = outcomes.overview();
        if (!latest || !o.questionnairesDue()) {
            return Optional.of(new Paragraph(new Text("Knee questionnaires, hop tests and where you stand: see "),
                    page, new Text(".")));
        }
        Div box = OutcomesPanels.stack(new Div());
        box.setId("findings-questionnaires");
        box.add(new QuestionnairesCard(outcomes, o, Notification::show),
                new Paragraph(new Text("Then, when they are open to you, the hop tests: see "), page, new Text(".")));
        return Optional.of(box);
    }
}
