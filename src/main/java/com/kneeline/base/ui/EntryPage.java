package com.kneeline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The centred card that log-in and sign-up share, with the product's name, promise and disclaimer. */
public class EntryPage extends Main {

    private final Div card = new Div();

    public EntryPage() {
        addClassName("kl-entry");
        Div brand = new Div(new Icon(VaadinIcon.CHEVRON_CIRCLE_UP_O), new Span("KneeLine"));
        brand.addClassName("kl-entry-brand");
        Paragraph promise = new Paragraph("Find out why your knees cave in when you squat, land or run, "
                + "and follow a home programme that fixes the cause.");
        promise.addClassName("kl-entry-promise");
        card.addClassName("kl-entry-card");
        add(new Div(brand, promise), card, Disclaimer.paragraph());
    }

    public void setCardContent(String title, Component... content) {
        card.removeAll();
        H1 heading = new H1(title);
        heading.addClassName("kl-entry-title");
        card.add(heading);
        card.add(content);
    }
}
