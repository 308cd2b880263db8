package com.kneeline.content.ui;

import java.util.List;

import com.kneeline.content.model.EvidenceMarker;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.Reference;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** Small building blocks the library and findings pages share. */
final class ContentComponents {

    private ContentComponents() {
    }

    static Badge pillarBadge(Pillar pillar) {
        Badge badge = new Badge(ContentText.pillar(pillar));
        badge.addClassNames("kl-pillar", "kl-pillar-" + pillar.name().toLowerCase());
        badge.addThemeVariants(BadgeVariant.SMALL);
        return badge;
    }

    static Badge badge(String text, BadgeVariant... variants) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(BadgeVariant.SMALL);
        if (variants.length > 0) {
            badge.addThemeVariants(variants);
        }
        return badge;
    }

    static Badge evidenceBadge(EvidenceMarker marker) {
        Badge badge = badge(ContentText.evidence(marker), BadgeVariant.CONTRAST);
        badge.addClassName("kl-evidence");
        badge.getElement().setAttribute("title", ContentText.evidenceExplained(marker));
        return badge;
    }

    static Div badgeRow(Component... badges) {
        Div row = new Div(badges);
        row.addClassName("kl-badges");
        return row;
    }

    static Section section(String title, Component... content) {
        H3 heading = new H3(title);
        heading.addClassName("kl-section-title");
        Section section = new Section(heading);
        section.add(content);
        section.addClassName("kl-section");
        return section;
    }

    static OrderedList orderedList(List<String> items) {
        OrderedList list = new OrderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    static UnorderedList bulletList(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    /** Authors (year). Title. Source. With a link when there is a URL and evidence markers as badges. */
    static Component references(List<Reference> references) {
        UnorderedList list = new UnorderedList();
        list.addClassName("kl-references");
        for (Reference r : references) {
            ListItem item = new ListItem();
            item.addClassName("kl-reference");
            String who = r.authors() + (r.year() == null ? "" : " (" + r.year() + ")");
            item.add(new Span(who + ". "));
            Span title = new Span(sentence(r.title()));
            title.addClassName("kl-reference-title");
            item.add(title);
            if (r.source() != null) {
                item.add(new Span(" " + sentence(r.source())));
            }
            if (r.url() != null) {
                Anchor link = new Anchor(r.url(), com.vaadin.flow.i18n.I18NProvider.translate("library.open-source"), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.addClassName("kl-reference-link");
                item.add(new Span(" "), link);
            }
            for (EvidenceMarker marker : r.evidence()) {
                item.add(new Span(" "), evidenceBadge(marker));
            }
            list.add(item);
        }
        return list;
    }

    /** Ends the text with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        String t = text.strip();
        return t.matches(".*[.?!]$") ? t : t + ".";
    }

    /** A friendly page for an id that does not exist, with a way back. */
    static Component notFound(String title, String text, String backLabel, Class<? extends Component> back) {
        Div state = new Div();
        state.addClassName("kl-not-found");
        state.setId("not-found");
        Icon icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.addClassName("kl-not-found-icon");
        RouterLink link = new RouterLink(backLabel, back);
        link.setId("back-link");
        state.add(icon, new H2(title), new Paragraph(text), link);
        return state;
    }

    /** "← Exercise library" above a detail page. */
    static RouterLink backLink(String label, Class<? extends Component> target) {
        RouterLink link = new RouterLink(target);
        link.add(VaadinIcon.ARROW_LEFT.create(), new Span(label));
        link.addClassName("kl-back");
        return link;
    }
}
