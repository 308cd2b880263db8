package com.kneeline.outcomes.ui;

import com.kneeline.base.ui.UiBits;
import com.kneeline.content.model.Maintenance;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;

/** The "you have met the return-to-sport criteria" message and the maintenance programme that follows. */
final class MaintenanceCard {

    private MaintenanceCard() {
    }

    static Card of(Maintenance m, java.util.List<String> exercises) {
        Card card = new Card();
        card.setId("return-to-sport");
        card.addClassName("kl-rts");
        card.setTitle("You have met the return-to-sport criteria");
        card.add(new Paragraph("Every hop test shows your legs within the symmetry needed for cutting and sport. "
                + "Build back into full training step by step, and keep the warm-up below."));
        Paragraph dose = new Paragraph(m.name() + ": about " + m.minutes().min() + "–" + m.minutes().max()
                + " minutes, " + m.timesPerWeek().min() + "–" + m.timesPerWeek().max() + " times a week.");
        dose.setId("maintenance-dose");
        card.add(dose, new Paragraph(m.description()), UiBits.bullets(exercises));
        card.add(UiBits.finePrint("This dose was studied in young female athletes and is carried over to you."));
        return card;
    }
}
