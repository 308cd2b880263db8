package com.kneeline.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's internal-error page, which prints the exception's message (for example a person's id) even in
 * production. The exception goes to the log under a short reference; the person sees plain words and the reference.
 */
@AnonymousAllowed
public class ErrorView extends EntryPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error while opening {} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        setCardContent("Something went wrong", new Paragraph("This page could not be shown. What you saved before is "
                + "safe. Please try again in a moment. (Reference " + reference + ")"),
                new Anchor("", "Go to your home page"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
