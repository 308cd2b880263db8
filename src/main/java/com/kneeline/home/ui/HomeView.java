package com.kneeline.home.ui;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.Role;
import com.kneeline.base.ui.Disclaimer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The first screen after log-in. Each role sees what it can do next; until a feature exists, its card says
 * plainly what is coming rather than showing an empty widget.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(CurrentUser currentUser) {
        addClassName("kl-page");
        AccountSummary me = currentUser.require();

        H2 greeting = new H2("Welcome, " + me.displayName());
        greeting.setId("home-greeting");
        Div cards = new Div();
        cards.addClassName("kl-cards");

        if (me.hasRole(Role.INDIVIDUAL)) {
            cards.add(card(VaadinIcon.CLIPBOARD_CHECK, "Your self-assessment",
                    "You have not taken an assessment yet.",
                    "The guided check takes about 20 minutes with a phone, a tape measure and a wall: a safety screen, "
                            + "a single-leg squat on each side, your feet, ankles and hips. It is the next thing KneeLine will offer here."),
                    card(VaadinIcon.CALENDAR, "Your programme",
                            "No programme yet.",
                            "Your strengthening, mobility and control exercises will appear here once your assessment "
                                    + "has named the likely causes."));
        }
        if (me.hasRole(Role.TRAINER)) {
            cards.add(card(VaadinIcon.USERS, "Your clients",
                    "You have no linked clients yet.",
                    "Invite clients to link their accounts, then assign and adjust their plans and see their flags "
                            + "at a glance. The trainer workspace will live here."));
        }
        if (me.hasRole(Role.ADMIN)) {
            cards.add(card(VaadinIcon.COG, "Administration",
                    "Manage accounts and roles.",
                    "Open Users in the menu to find an account and grant or remove the trainer role."));
        }
        add(greeting, cards, Disclaimer.paragraph());
    }

    private static Component card(VaadinIcon icon, String title, String state, String next) {
        Card card = new Card();
        card.setHeaderPrefix(new Icon(icon));
        card.setTitle(title);
        Paragraph status = new Paragraph(state);
        status.addClassName("kl-empty-state");
        card.add(status, new Paragraph(next));
        return card;
    }
}
