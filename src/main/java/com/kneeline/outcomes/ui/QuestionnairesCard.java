package com.kneeline.outcomes.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.kneeline.base.ui.UiBits;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PromAnswer;
import com.kneeline.outcomes.GateWords;
import com.kneeline.outcomes.OutcomeInputException;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.OutcomesService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The knee questionnaires and the global rating of change, answerable where they are asked: on the Outcomes page and
 * right where an assessment or check-in finishes. A saved form is replaced by its score; the other forms keep their
 * unsaved answers.
 */
public class QuestionnairesCard extends Card {

    private final transient OutcomesService outcomes;
    private final transient OutcomesContent content;
    private final transient Consumer<String> saved;

    /** @param saved told what was saved, in words, after each form is saved */
    public QuestionnairesCard(OutcomesService outcomes, OutcomesOverview o, Consumer<String> saved) {
        this.outcomes = outcomes;
        this.content = outcomes.content();
        this.saved = saved;
        setId("questionnaires");
        setTitle("Knee questionnaires");
        boolean first = o.proms().stream().allMatch(s -> s.scores().isEmpty());
        add(new Paragraph(!o.questionnairesDue()
                ? "Done for now. They are asked again after your next check-in."
                : first ? "Please answer these once now, so we can see later what has really changed."
                : "You have done a check-in: please answer them again."));
        if (!o.questionnairesDue()) {
            return;
        }
        if (o.ratingDue()) {
            add(globalRating());
        }
        for (OutcomesOverview.PromSeries s : o.proms()) {
            add(promForm(s));
        }
    }

    /** Replaces a saved form with what was saved, and tells the page. */
    private void savedForm(Div form, String message) {
        form.removeAll();
        Paragraph done = new Paragraph(message);
        done.addClassName("kl-saved");
        form.add(done);
        saved.accept(message);
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
