package com.kneeline.shell.ui;

import java.util.UUID;

import com.kneeline.account.AccessChange;
import com.kneeline.account.PersonNotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Anything a view did not expect (a conflict between two tabs, a lost connection to the database) is logged with
 * a reference and shown to the person as a plain message. Every step saves as it goes, so the message can say that
 * what was saved is safe.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    static final String MESSAGE = "Something went wrong and this action did not finish. What you saved before is safe. "
            + "Please reload the page and try again.";

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
        // When a session ends under an open page (timed out, or ended because the person's access changed) the
        // browser reloads at once instead of showing Vaadin's "Session expired" box: the reload reaches the login
        // or the access-changed page, and nothing of the old page stays on screen.
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }

    private static boolean isAccessLost(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PersonNotFoundException) {
                return true;
            }
        }
        return false;
    }

    static final class FriendlyErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            UI current = UI.getCurrent();
            if (current != null && isAccessLost(event.getThrowable())) {
                // A trainer's link ended while the client's page was open: say so, and take the data off screen.
                AccessChange.markLinkEnded(VaadinSession.getCurrent());
                current.access(() -> current.navigate("access-changed"));
                return;
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unhandled error in the UI (reference {})", reference, event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification note = Notification.show(MESSAGE + " (Reference " + reference + ")", 10_000,
                            Notification.Position.MIDDLE);
                    note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }
    }
}
