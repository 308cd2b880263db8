package com.kneeline.content.ui;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Pillar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The causes of knee valgus the assessment can point to, each in plain words. */
@Route("findings")
@PageTitle("Causes of knee valgus")
@Menu(order = 30, icon = "vaadin:search", title = "Causes of knee valgus")
@PermitAll
public class FindingsView extends Main {

    public FindingsView(ContentService content) {
        addClassName("kl-page");
        Paragraph intro = new Paragraph(getTranslation("findings.intro"));
        intro.addClassName("kl-intro");
        Div cards = new Div();
        cards.addClassName("kl-cards");
        cards.setId("findings-list");
        content.catalogue(getLocale()).findings().forEach(f -> cards.add(card(f)));
        add(intro, cards);
    }

    private static Component card(Finding finding) {
        Card card = new Card();
        card.addClassName("kl-finding-card");
        card.getElement().setAttribute("data-finding", finding.id());
        RouterLink name = new RouterLink(finding.name(), FindingView.class, FindingView.routeTo(finding));
        name.addClassName("kl-card-link");
        card.setTitle(name);
        card.add(new Paragraph(finding.explanation()));
        Div badges = new Div();
        badges.addClassName("kl-badges");
        for (Pillar pillar : finding.pillars()) {
            badges.add(ContentComponents.pillarBadge(pillar));
        }
        if (finding.professionalAssessment()) {
            badges.add(ContentComponents.badge(com.vaadin.flow.i18n.I18NProvider.translate("findings.professional"), BadgeVariant.WARNING));
        }
        card.addToFooter(badges);
        return card;
    }
}
