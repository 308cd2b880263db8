package com.kneeline.home.ui;

import com.kneeline.base.ui.Disclaimer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

@Route("about")
@PageTitle("About KneeLine")
@Menu(order = 90, icon = "vaadin:info-circle-o", title = "About")
@PermitAll
public class AboutView extends Main {

    public AboutView() {
        addClassName("kl-page");
        add(new H2("What KneeLine is"),
                new Paragraph("When a knee caves inwards as you squat, land or run (dynamic knee valgus), the cause usually "
                        + "sits elsewhere: weak hip muscles, stiff ankles, flat-footed landing or a movement habit. "
                        + "KneeLine walks you through a self-assessment, names the likely causes, and builds a home "
                        + "programme of strengthening, mobility and control exercises that progresses only when your "
                        + "knee tracks well and pain allows."),
                new H3("What it is not"),
                list("It does not diagnose injuries or replace a physiotherapist or doctor.",
                        "It cannot see you move: it relies on what you observe and measure, so take your time with the tests.",
                        "It will tell you to stop and see a professional when your answers suggest an injury, "
                                + "persistent pain or no progress after several weeks."),
                new H3("See a professional now if"),
                list("your knee popped and swelled, gives way or locks after an injury;",
                        "you cannot take four steps or bend the knee to a right angle;",
                        "the knee is hot, red and swollen, or you have a fever, numbness or tingling;",
                        "pain wakes you at night or is there at rest."),
                Disclaimer.paragraph());
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
