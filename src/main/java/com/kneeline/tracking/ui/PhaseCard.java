package com.kneeline.tracking.ui;

import java.util.Optional;

import com.kneeline.tracking.PhaseService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * Where the person stands in their phase: what is still needed to move on, or, once every criterion holds, a
 * "Ready for ..." card whose button makes the programme for the next phase. Nothing at the last phase.
 */
public class PhaseCard extends Composite<Div> {

    public PhaseCard(PhaseService phases, Runnable onAdvanced) {
        Optional<PhaseService.Progress> progress = phases.progress().filter(p -> p.nextPhaseName() != null);
        getContent().setVisible(progress.isPresent());
        if (progress.isEmpty()) {
            return;
        }
        PhaseService.Progress p = progress.get();
        Card card = new Card();
        card.setId("phase-progress");
        card.addClassName("kl-phase-progress");
        if (p.ready()) {
            card.setHeaderPrefix(new Icon(VaadinIcon.FLAG_CHECKERED));
            card.setTitle("Ready for " + p.nextPhaseName());
            card.add(new Paragraph("You have met everything " + p.phaseName() + " asks for. Moving on makes a new "
                    + "version of your programme for the next phase; your earlier versions are kept."));
            Button go = new Button("Move on to " + p.nextPhaseName(), click -> {
                phases.advance();
                Notification.show("Your programme for " + p.nextPhaseName() + " is ready.");
                getContent().setVisible(false);
                if (onAdvanced != null) {
                    onAdvanced.run();
                }
            });
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("phase-advance");
            go.setDisableOnClick(true); // a double click must not skip a phase
            card.addToFooter(go);
        } else {
            card.setTitle(p.phaseName());
            UnorderedList needed = new UnorderedList();
            p.stillNeeded().forEach(s -> needed.add(new ListItem(s)));
            needed.setId("phase-still-needed");
            card.add(new Paragraph("Still needed to move on to " + p.nextPhaseName() + ":"), needed);
        }
        getContent().add(card);
    }
}
