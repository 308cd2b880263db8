package com.kneeline.account.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.kneeline.base.ui.EntryPage;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | KneeLine")
@AnonymousAllowed
public class LoginView extends EntryPage implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final LoginForm login = new LoginForm(i18n());

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        login.setAction("login");
        // No mail server: a forgotten password is reset with a one-time code from an administrator.
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(forgot -> login.getUI().ifPresent(ui -> ui.navigate(ResetPasswordView.class)));
        login.addClassName("kl-login-form");

        RouterLink register = new RouterLink(getTranslation("login.register"), RegisterView.class);
        register.setId("register-link");
        Paragraph newHere = new Paragraph(getTranslation("login.new-here") + " ");
        newHere.add(register);
        newHere.addClassName("kl-entry-switch");
        setCardContent(getTranslation("login.title"), login, newHere);
        keepEmailAfterAFailedLogin();
    }

    /**
     * The form posts to Spring Security, and a wrong password comes back as a fresh page: the browser keeps the
     * email typed in this tab (session storage, never sent anywhere) and puts it back after a failed attempt, with
     * the cursor in the password field. Any other visit to the page forgets it.
     */
    private void keepEmailAfterAFailedLogin() {
        login.getElement().executeJs("""
                const key = 'kl-login-email';
                this.addEventListener('login', e => sessionStorage.setItem(key, (e.detail && e.detail.username) || ''));
                const query = new URLSearchParams(location.search);
                const kept = sessionStorage.getItem(key);
                if (!(query.has('error') || query.has('throttled')) || !kept) {
                    sessionStorage.removeItem(key);
                    return;
                }
                customElements.whenDefined('vaadin-login-form').then(() => requestAnimationFrame(() => {
                    const email = this.querySelector('vaadin-text-field[name=username]')
                        || this.querySelector('[name=username]');
                    if (email) {
                        email.value = kept;
                        const password = this.querySelector('[name=password]');
                        if (password) password.focus();
                    }
                }));
                """);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername(I18NProvider.translate("login.email"));
        i18n.getForm().setSubmit(I18NProvider.translate("login.title"));
        i18n.getForm().setForgotPassword(I18NProvider.translate("login.forgot"));
        i18n.getForm().setPassword(I18NProvider.translate("login.password"));
        i18n.getErrorMessage().setTitle(I18NProvider.translate("login.error.title"));
        i18n.getErrorMessage().setMessage(I18NProvider.translate("login.error"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            // Someone already signed in has nothing to do here.
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        login.setError(params.containsKey("error"));
        if (params.containsKey("throttled")) {
            // The sign-in filter sends throttled attempts here with the minutes to wait; the password was not checked.
            String minutes = params.get("throttled").getFirst().replaceAll("[^0-9]", "");
            LoginI18n throttled = i18n();
            throttled.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            throttled.getErrorMessage().setMessage(minutes.isEmpty() ? getTranslation("login.throttled.few")
                    : getTranslation("login.throttled", Integer.parseInt(minutes)));
            login.setI18n(throttled);
            login.setError(true);
        }
        if (params.containsKey("reset")) {
            Notification note = Notification.show(getTranslation("login.reset"),
                    6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        if (params.containsKey("registered")) {
            Notification note = Notification.show(getTranslation("login.registered"),
                    6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
