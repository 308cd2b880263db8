package com.kneeline.outcomes.ui;

import com.kneeline.account.PersonNotFoundException;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.OutcomesService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** A trainer's read-only view of a linked client's outcomes: verdicts, scores and symmetry over time. */
@Route("trainer/clients/:clientId/outcomes")
@PageTitle("Client outcomes")
@RolesAllowed("TRAINER")
public class ClientOutcomesView extends Main implements BeforeEnterObserver {

    private static final String CLIENT_ID = "clientId";

    private final transient OutcomesService outcomes;

    public ClientOutcomesView(OutcomesService outcomes) {
        this.outcomes = outcomes;
        addClassNames("kl-page", "kl-outcomes");
    }

    public static RouteParameters routeTo(long clientId) {
        return new RouteParameters(CLIENT_ID, String.valueOf(clientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        OutcomesOverview o;
        try {
            o = outcomes.overview(Long.parseLong(event.getRouteParameters().get(CLIENT_ID).orElse("")));
        } catch (NumberFormatException | PersonNotFoundException notLinked) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        H2 title = new H2("Questionnaires and performance tests");
        title.setId("client-outcomes-title");
        // By path: the trainer feature links here, so naming its view would make a cycle.
        com.vaadin.flow.component.html.Anchor back = new com.vaadin.flow.component.html.Anchor(
                "trainer/clients/" + event.getRouteParameters().get(CLIENT_ID).orElse(""), "Back to the client");
        back.setId("client-outcomes-back");
        add(title, back, OutcomesPanels.verdicts(o, outcomes.content()), new H3("Over time"),
                OutcomesPanels.promHistory(o), OutcomesPanels.testHistory(o, outcomes.content()));
    }
}
