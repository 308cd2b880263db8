package com.kneeline.account.ui;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.kneeline.account.AccountService;
import com.kneeline.account.CurrentUser;
import com.kneeline.base.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Every new page speaks the language the signed-in person chose on "My account", or else the browser's (English
 * when KneeLine does not have the browser's language). Vaadin matches the browser's language on its own; this only
 * adds the person's choice, which follows them to any browser.
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    ChosenLanguage(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI(), chosen()));
    }

    private Optional<Locale> chosen() {
        return currentUser.email().flatMap(accounts::chosenLocale);
    }

    /** Switches this page and the session to the person's choice, or back to the browser's language. */
    static void apply(UI ui, Optional<Locale> chosen) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? Locale.ENGLISH : Translations.supported(request.getLocale());
        Locale locale = chosen.map(Translations::supported).orElse(browser);
        VaadinSession session = ui.getSession();
        if (session != null && !locale.equals(session.getLocale())) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
    }
}
