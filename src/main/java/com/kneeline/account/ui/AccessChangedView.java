package com.kneeline.account.ui;

import com.kneeline.account.AccessChange;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.base.ui.EntryPage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a session goes when what it may see changed under it: an administrator changed the person's role or deleted
 * the account (the session ended, see {@code AccessChangeCheck}), or a trainer's link to a client ended while the
 * client's page was open ({@link PersonNotFoundException} on the next read). Nothing of the old page stays on screen.
 */
@Route(value = "access-changed", autoLayout = false)
@PageTitle("Your access changed | KneeLine")
@AnonymousAllowed
public class AccessChangedView extends EntryPage implements BeforeEnterObserver,
        HasErrorParameter<PersonNotFoundException> {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = AccessChange.takeReason(VaadinSession.getCurrent());
        if ("link".equals(reason)) {
            showLinkEnded();
        } else {
            setCardContent("Your access changed",
                    new Paragraph("deleted".equals(reason)
                            ? "This account no longer exists, so you have been logged out."
                            : "An administrator changed what your account may do, so you have been logged out to "
                            + "keep everyone's data safe. Log in again to continue with your new access."),
                    new Anchor("login", "Log in again"));
        }
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PersonNotFoundException> parameter) {
        showLinkEnded();
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    private void showLinkEnded() {
        setCardContent("Your access changed",
                new Paragraph("You can no longer see this person's data. Their link to you may have ended, or the "
                        + "address is not one of your clients."),
                new Anchor("", "Go to your home page"));
    }
}
