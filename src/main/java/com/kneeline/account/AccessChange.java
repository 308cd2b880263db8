package com.kneeline.account;

import com.vaadin.flow.server.VaadinSession;

/** Why a session was sent to the access-changed page, as left by {@link AccessChangeCheck} or the UI's error handler. */
public final class AccessChange {

    /** A trainer's link to the client whose data was on screen ended. */
    public static final String LINK_ENDED = "link";

    private AccessChange() {
    }

    /** Leaves the reason for the access-changed page the UI is about to show. */
    public static void markLinkEnded(VaadinSession session) {
        session.getSession().setAttribute(AccessChangeCheck.REASON, LINK_ENDED);
    }

    /** Reads and forgets the reason ("roles", "deleted" or "link"); empty when the page was opened directly. */
    public static String takeReason(VaadinSession session) {
        if (session == null) {
            return "";
        }
        Object reason = session.getSession().getAttribute(AccessChangeCheck.REASON);
        session.getSession().removeAttribute(AccessChangeCheck.REASON);
        return reason == null ? "" : reason.toString();
    }
}
