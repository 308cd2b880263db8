package com.kneeline.outcomes.ui;

import com.kneeline.content.model.OutcomesContent;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.OutcomesService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The person's outcomes: the knee questionnaires (at the start and after each check-in) with the global rating of
 * change, performance tests with instructions (hop tests only when their gate is open), where they stand for the
 * speed phase and return to sport, the maintenance programme once met, and scores and symmetry over time.
 */
@Route("outcomes")
@PageTitle("Knee outcomes")
@Menu(order = 16, icon = "vaadin:clipboard-check", title = "Outcomes")
@PermitAll
public class OutcomesView extends Main {

    private final transient OutcomesService outcomes;
    private final transient OutcomesContent content;

    public OutcomesView(OutcomesService outcomes) {
        this.outcomes = outcomes;
        this.content = outcomes.content();
        addClassNames("kl-page", "kl-outcomes");
        render();
    }

    /** The parts that change when something is saved; the questionnaire forms stay, so no unsaved answer is lost. */
    private final Div live = OutcomesPanels.stack(new Div());

    private void render() {
        OutcomesOverview o = outcomes.overview();
        H2 title = new H2("Your knee outcomes");
        title.setId("outcomes-title");
        add(title, new Paragraph("Short questionnaires and simple tests that clinicians use to judge progress. "
                + "They decide when the faster, jumping phase and return to sport are safe for you."));
        add(new QuestionnairesCard(outcomes, o, this::saved), live);
        renderLive(o);
    }

    private void renderLive(OutcomesOverview o) {
        live.removeAll();
        if (o.noProgress() != null) {
            live.add(OutcomesPanels.noProgress(o));
        }
        if (o.maintenance() != null) {
            live.add(MaintenanceCard.of(o.maintenance(), o.maintenanceExercises()));
        }
        live.add(new PerformanceTestsCard(outcomes, content, o, this::saved), OutcomesPanels.verdicts(o, content));
        live.add(new H3("Over time"), OutcomesPanels.promHistory(o), OutcomesPanels.testHistory(o, content));
    }

    private void saved(String message) {
        Notification.show(message);
        renderLive(outcomes.overview());
    }
}
