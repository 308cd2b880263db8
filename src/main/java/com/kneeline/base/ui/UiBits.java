package com.kneeline.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Small pieces of text layout that many views share, so they look and read the same everywhere. */
public final class UiBits {

    private UiBits() {
    }

    /** A Lumo badge, e.g. {@code badge("Left side", "contrast")}. */
    public static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    /** A paragraph in the smaller, quieter print used for help and side notes. */
    public static Paragraph finePrint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kl-fine-print");
        return p;
    }

    /** A bulleted list of plain sentences. */
    public static UnorderedList bullets(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
