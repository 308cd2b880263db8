package com.kneeline.tracking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.tracking.CheckInService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** The next-morning check-in, when one is due: two yes/no questions. Nothing when none is due. */
public class CheckInCard extends Composite<Div> {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public CheckInCard(CheckInService checkIns, long personId, Runnable onDone) {
        Optional<LocalDate> pending = checkIns.pendingCheckIn(personId);
        getContent().setVisible(pending.isPresent());
        if (pending.isEmpty()) {
            return;
        }
        LocalDate session = pending.get();
        Card card = new Card();
        card.addClassName("kl-check-in");
        card.setId("check-in");
        card.setHeaderPrefix(new Icon(VaadinIcon.SUN_RISE));
        card.setTitle("Morning check-in");
        boolean yesterday = session.plusDays(1).equals(checkIns.today());
        RadioButtonGroup<String> settled = yesNo("check-in-settled", yesterday
                ? "Did yesterday's pain settle by this morning?"
                : "Did the pain from your session on " + DAY.format(session) + " settle by the next morning?");
        RadioButtonGroup<String> limited = yesNo("check-in-limited", checkIns.functionalLimitationQuestion());
        Paragraph why = new Paragraph("Your exercises only get harder once pain settles overnight.");
        why.addClassName("kl-fine-print");
        Button save = new Button("Save check-in", click -> {
            // Each unanswered question says so next to it; nothing is saved until both are answered.
            for (RadioButtonGroup<String> question : java.util.List.of(settled, limited)) {
                question.setInvalid(question.isEmpty());
                question.setErrorMessage(question.isEmpty() ? "Please answer Yes or No." : null);
            }
            if (settled.isEmpty() || limited.isEmpty()) {
                click.getSource().setEnabled(true);
                return;
            }
            checkIns.checkIn(personId, "Yes".equals(settled.getValue()), "Yes".equals(limited.getValue()));
            Notification.show("Check-in saved.");
            getContent().setVisible(false);
            if (onDone != null) {
                onDone.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("check-in-save");
        save.setDisableOnClick(true);
        // One column with even gaps: the card's own content grid spread the questions apart on a phone.
        Div questions = new Div(why, settled, limited);
        questions.addClassName("kl-check-in-questions");
        card.add(questions);
        card.addToFooter(save);
        getContent().add(card);
    }

    private static RadioButtonGroup<String> yesNo(String id, String question) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(question);
        group.setItems("Yes", "No");
        group.setId(id);
        return group;
    }
}
