package com.kneeline.account.ui;

import java.util.List;
import java.util.Map;

import com.kneeline.account.Account;
import com.kneeline.account.PasswordPolicy;
import com.kneeline.account.PasswordService;
import com.kneeline.account.PasswordService.PasswordProblem;
import com.kneeline.base.ui.EntryPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A forgotten password is replaced with the one-time code an administrator gave the person. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Reset your password | KneeLine")
@AnonymousAllowed
public class ResetPasswordView extends EntryPage {

    final EmailField email = new EmailField("Email");
    final TextField code = new TextField("Reset code");
    final PasswordField password = new PasswordField("New password");
    final Button reset = new Button("Set new password");

    public ResetPasswordView(PasswordService passwords) {
        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        email.setRequired(true);
        code.setHelperText("The " + PasswordService.RESET_CODE_LENGTH + " letters and digits your administrator gave "
                + "you. It works once, for " + PasswordService.RESET_CODE_VALIDITY.toHours() + " hours.");
        code.setMaxLength(PasswordService.RESET_CODE_LENGTH + 4);
        code.setRequired(true);
        password.setHelperText(PasswordPolicy.HELP);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.setWidthFull();
        reset.addClickListener(click -> {
            email.setInvalid(false);
            code.setInvalid(false);
            password.setInvalid(false);
            try {
                VaadinRequest request = VaadinRequest.getCurrent();
                passwords.resetWithCode(email.getValue(), code.getValue(), password.getValue(),
                        request == null ? "" : request.getRemoteAddr());
                getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                        new QueryParameters(Map.of("reset", List.of("")))));
            } catch (PasswordProblem problem) {
                var field = problem.field() == PasswordProblem.Field.NEW ? password : code;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        FormLayout form = new FormLayout(email, code, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph intro = new Paragraph("KneeLine sends no emails. Ask your administrator for a reset code, then "
                + "choose a new password here.");
        Paragraph back = new Paragraph(new RouterLink("Back to log in", LoginView.class));
        back.addClassName("kl-entry-switch");
        setCardContent("Reset your password", intro, form, reset, back);
    }
}
