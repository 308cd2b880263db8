package com.kneeline.outcomes.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kneeline.base.ui.UiBits;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PromAnswer;
import com.kneeline.outcomes.OutcomeInputException;
import com.kneeline.outcomes.GateWords;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.OutcomesService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
        add(questionnaires(o), live);
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

    /** Replaces a saved form with what was saved, and refreshes everything else. */
    private void savedForm(Div form, String message) {
        form.removeAll();
        Paragraph done = new Paragraph(message);
        done.addClassName("kl-saved");
        form.add(done);
        saved(message);
    }

    private Component questionnaires(OutcomesOverview o) {
        Card card = new Card();
        card.setId("questionnaires");
        card.setTitle("Knee questionnaires");
        boolean first = o.proms().stream().allMatch(s -> s.scores().isEmpty());
        card.add(new Paragraph(!o.questionnairesDue()
                ? "Done for now. They are asked again after your next check-in."
                : first ? "Please answer these once now, so we can see later what has really changed."
                : "You have done a check-in: please answer them again."));
        if (!o.questionnairesDue()) {
            return card;
        }
        if (o.ratingDue()) {
            card.add(globalRating());
        }
        for (OutcomesOverview.PromSeries s : o.proms()) {
            card.add(promForm(s));
        }
        return card;
    }

    private Component globalRating() {
        Div box = new Div();
        box.setId("global-rating");
        box.addClassName("kl-prom");
        RadioButtonGroup<PromAnswer> q = new RadioButtonGroup<>(content.globalRating().question());
        q.setId("global-rating-answer");
        q.setItems(content.globalRating().answers());
        q.setItemLabelGenerator(PromAnswer::label);
        q.setHelperText(content.globalRating().help());
        Button save = new Button("Save my rating", click -> {
            if (q.isEmpty()) {
                q.setInvalid(true);
                q.setErrorMessage("Please choose one answer.");
                return;
            }
            outcomes.rateChange(q.getValue().id());
            savedForm(box, "Rating saved: " + q.getValue().label().toLowerCase(java.util.Locale.ROOT) + ".");
        });
        save.setId("global-rating-save");
        box.add(q, save);
        return box;
    }

    private Component promForm(OutcomesOverview.PromSeries s) {
        Div box = new Div();
        box.setId("prom-" + s.prom().id());
        box.addClassName("kl-prom");
        box.add(new H3(s.prom().name()), new Paragraph(s.prom().recall()));
        Map<String, RadioButtonGroup<PromAnswer>> fields = new LinkedHashMap<>();
        for (var item : s.prom().items()) {
            RadioButtonGroup<PromAnswer> q = new RadioButtonGroup<>(item.question());
            q.setId("prom-" + s.prom().id() + "-" + item.id());
            q.setItems(item.answers());
            q.setItemLabelGenerator(PromAnswer::label);
            q.addClassName("kl-prom-item");
            fields.put(item.id(), q);
            box.add(q);
        }
        Paragraph error = new Paragraph();
        error.addClassName("kl-field-error");
        error.setVisible(false);
        Button save = new Button("Save " + s.prom().shortName(), click -> {
            Map<String, String> answers = new LinkedHashMap<>();
            fields.forEach((id, q) -> {
                if (!q.isEmpty()) {
                    answers.put(id, q.getValue().id());
                }
            });
            try {
                double score = outcomes.answer(s.prom().id(), answers);
                savedForm(box, s.prom().shortName() + " saved: " + GateWords.n(score) + " out of 100.");
            } catch (OutcomeInputException e) {
                // Mark every unanswered question next to it; the answers given stay on screen.
                fields.values().forEach(q -> {
                    q.setInvalid(q.isEmpty());
                    q.setErrorMessage(q.isEmpty() ? "Please answer this question." : null);
                });
                error.setText(e.getMessage());
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("prom-save-" + s.prom().id());
        box.add(error, save);
        box.add(UiBits.finePrint(s.prom().licence()));
        return box;
    }

}
