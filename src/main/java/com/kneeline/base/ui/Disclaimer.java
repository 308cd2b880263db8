package com.kneeline.base.ui;

import com.vaadin.flow.component.html.Paragraph;

/** The one sentence every entry screen repeats: what KneeLine is not. */
public final class Disclaimer {

    public static final String TEXT = "KneeLine is an exercise guide, not medical advice. If your knee is painful, swollen, "
            + "gives way or locks, see a physiotherapist or doctor before you exercise.";

    private Disclaimer() {
    }

    public static Paragraph paragraph() {
        // TEXT is the English words; the page shows the person's language.
        Paragraph p = new Paragraph(com.vaadin.flow.i18n.I18NProvider.translate("disclaimer"));
        p.addClassName("kl-disclaimer");
        return p;
    }
}
