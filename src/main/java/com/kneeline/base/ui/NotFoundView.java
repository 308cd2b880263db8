package com.kneeline.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A mistyped or stale address gets a page in KneeLine's own words with a way back, never a framework error. */
@AnonymousAllowed
public class NotFoundView extends EntryPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setCardContent("Page not found", new Paragraph("There is nothing at this address. It may have moved, or the "
                + "link may be incomplete."), new Anchor("", "Go to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
