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
        login.setForgotPasswordButtonVisible(false);
        login.addClassName("kl-login-form");

        RouterLink register = new RouterLink("Create an account", RegisterView.class);
        register.setId("register-link");
        Paragraph newHere = new Paragraph("New to KneeLine? ");
        newHere.add(register);
        newHere.addClassName("kl-entry-switch");
        setCardContent("Log in", login, newHere);
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Log in");
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
        if (params.containsKey("registered")) {
            Notification note = Notification.show("Your account is ready. Log in with your email and password.",
                    6000, Notification.Position.TOP_CENTER);
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
