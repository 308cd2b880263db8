package com.kneeline.account.ui;

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

        RouterLink register = new RouterLink("Create an account", RegisterView.class);
        register.setId("register-link");
        Paragraph newHere = new Paragraph("New to KneeLine? ");
        newHere.add(register);
        newHere.addClassName("kl-entry-switch");
        setCardContent("Log in", login, newHere);
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
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Log in");
        i18n.getForm().setForgotPassword("Forgot your password? Use a reset code");
        i18n.getErrorMessage().setTitle("Incorrect email or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Passwords are case-sensitive.");
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
            throttled.getErrorMessage().setTitle("Too many attempts");
            throttled.getErrorMessage().setMessage("Too many attempts. Try again in " + (minutes.isEmpty() ? "a few" : minutes)
                    + ("1".equals(minutes) ? " minute." : " minutes."));
            login.setI18n(throttled);
            login.setError(true);
        }
        if (params.containsKey("reset")) {
            Notification note = Notification.show("Your password was changed. Log in with the new one.",
                    6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        if (params.containsKey("registered")) {
            Notification note = Notification.show("Your account is ready. Log in with your email and password.",
                    6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
