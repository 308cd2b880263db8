package com.kneeline.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.kneeline.KaribuTest;
import com.kneeline.account.ui.LoginView;
import com.kneeline.account.ui.RegisterView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationFlowTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private void fillIn(String email, String name, String password, Role role) {
        fillIn(email, name, password, role, true);
    }

    private void fillIn(String email, String name, String password, Role role, boolean consent) {
        UI.getCurrent().navigate(RegisterView.class);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Role> roles = _get(RadioButtonGroup.class, spec -> spec.withLabel("I will use KneeLine"));
        _setValue(roles, role);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("health-consent")), consent);
        _click(_get(Button.class, spec -> spec.withText("Create account")));
    }

    @Test
    void aNewPersonSignsUpAndLandsOnTheLoginPageWithTheirAccountCreated() {
        fillIn("river@example.com", "River", "single leg squats daily", Role.INDIVIDUAL);

        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findByEmail("river@example.com")).get()
                .satisfies(a -> assertThat(a.roles()).containsExactly(Role.INDIVIDUAL));
    }

    @Test
    void withoutConsentToHealthDataNoAccountIsMadeAndTheBoxSaysWhy() {
        fillIn("no.consent@example.com", "Noa", "single leg squats daily", Role.INDIVIDUAL, false);

        var box = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("health-consent"));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).contains("consent");
        assertThat(accounts.findByEmail("no.consent@example.com")).isEmpty();
        assertThat(currentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void consentIsStoredWithItsTime() {
        fillIn("consenting@example.com", "Cas", "single leg squats daily", Role.INDIVIDUAL);

        long id = accounts.findByEmail("consenting@example.com").orElseThrow().id();
        assertThat(accounts.consentGivenAt(id)).isPresent();
    }

    @Test
    void aTrainerChoosesTheTrainerRoleAtSignUp() {
        fillIn("coach.kim@example.com", "Kim", "coaching knees out", Role.TRAINER);

        assertThat(accounts.findByEmail("coach.kim@example.com")).get()
                .satisfies(a -> assertThat(a.roles()).containsExactly(Role.TRAINER));
    }

    @Test
    void aDuplicateEmailShowsAMessageNextToTheEmailFieldAndKeepsTheFormFilled() {
        fillIn("taken@example.com", "First", "first long password", Role.INDIVIDUAL);
        fillIn("Taken@example.com", "Second", "second long password", Role.INDIVIDUAL);

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("already exists");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).getValue()).isEqualTo("Second");
        assertThat(accounts.findByEmail("taken@example.com")).get()
                .satisfies(a -> assertThat(a.displayName()).isEqualTo("First"));
    }

    @Test
    void aWeakPasswordShowsTheRuleNextToThePasswordFieldAndCreatesNothing() {
        fillIn("weakling@example.com", "Wes", "short", Role.INDIVIDUAL);

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least " + PasswordPolicy.MIN_LENGTH + " characters");
        assertThat(accounts.findByEmail("weakling@example.com")).isEmpty();
        assertThat(currentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void aMalformedEmailIsExplainedInPlainWords() {
        fillIn("not-an-email", "Nia", "a long enough pass", Role.INDIVIDUAL);

        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address like name@example.com.");
        assertThat(accounts.findByEmail("not-an-email")).isEmpty();
    }
}
