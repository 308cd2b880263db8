package com.kneeline.account.ui;

import java.util.Map;

import com.kneeline.account.Account;
import com.kneeline.account.AccountService;
import com.kneeline.account.AttemptThrottle;
import com.kneeline.account.PasswordPolicy;
import com.kneeline.account.RegistrationException;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.base.ui.EntryPage;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "register", autoLayout = false)
@PageTitle("Create an account | KneeLine")
@AnonymousAllowed
public class RegisterView extends EntryPage {

    final EmailField email = new EmailField(getTranslation("login.email"));
    final TextField displayName = new TextField(getTranslation("register.name"));
    final PasswordField password = new PasswordField(getTranslation("login.password"));
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("register.role"));
    final Checkbox healthConsent = new Checkbox();
    final Button create = new Button(getTranslation("register.create"));

    private final transient AccountService accounts;
    private final transient AttemptThrottle throttle;
    private final BeanValidationBinder<RegistrationForm> binder = new BeanValidationBinder<>(RegistrationForm.class);

    public RegisterView(AccountService accounts, AttemptThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;

        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        email.setHelperText(getTranslation("register.email.help"));
        // The field checks the address shape itself before the binder runs; give that check a message too.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("register.email.pattern"))
                .setMaxLengthErrorMessage(getTranslation("register.email.max", Account.EMAIL_MAX_LENGTH)));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        displayName.setHelperText(getTranslation("register.name.help"));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText(PasswordPolicy.HELP);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        role.setItems(Role.INDIVIDUAL, Role.TRAINER);
        role.setItemLabelGenerator(r -> r == Role.TRAINER
                ? getTranslation("register.role.trainer") : getTranslation("register.role.self"));
        role.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setWidthFull();

        // The password's policy check is added first; bindInstanceFields then binds the remaining fields by name.
        binder.forField(password)
                .withValidator((value, context) -> PasswordPolicy.problemWith(value, email.getValue())
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind("password");
        binder.bindInstanceFields(this);
        binder.setBean(new RegistrationForm());
        create.addClickListener(click -> submit());

        // Explicit, separate consent for health data (GDPR Art. 9(2)(a)), not bundled with anything else.
        Anchor notice = new Anchor("privacy", getTranslation("register.consent.notice"));
        notice.setTarget("_blank");
        healthConsent.setLabelComponent(new Span(new Span(getTranslation("register.consent") + " "), notice,
                new Span(".")));
        healthConsent.setId("health-consent");

        FormLayout form = new FormLayout(email, displayName, password, role, healthConsent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        RouterLink login = new RouterLink(getTranslation("login.title"), LoginView.class);
        Paragraph haveAccount = new Paragraph(getTranslation("register.have-account") + " ");
        haveAccount.add(login);
        haveAccount.addClassName("kl-entry-switch");
        setCardContent(getTranslation("register.title"), form, create, haveAccount);
    }

    private void submit() {
        if (binder.validate().hasErrors()) {
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        var wait = throttle.tryRegistration(request == null ? "" : request.getRemoteAddr());
        if (wait.isPresent()) {
            email.setErrorMessage(AttemptThrottle.message(wait.get()));
            email.setInvalid(true);
            return;
        }
        try {
            accounts.register(binder.getBean());
            getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                    new QueryParameters(Map.of("registered", java.util.List.of("")))));
        } catch (RegistrationException problem) {
            HasValidation field = switch (problem.field()) {
                case EMAIL -> email;
                case DISPLAY_NAME -> displayName;
                case PASSWORD -> password;
                case ROLE -> role;
                case CONSENT -> healthConsent;
            };
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
        }
    }
}
