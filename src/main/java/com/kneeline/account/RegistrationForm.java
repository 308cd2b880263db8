package com.kneeline.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person fills in to sign up. Mutable so the registration view can bind it field by field. */
public class RegistrationForm {

    @NotBlank(message = "Enter your email address.")
    @Email(message = "Enter an email address like name@example.com.")
    @Size(max = Account.EMAIL_MAX_LENGTH, message = "An email address can be at most " + Account.EMAIL_MAX_LENGTH + " characters.")
    private String email = "";

    @NotBlank(message = "Enter the name we should greet you by.")
    @Size(max = Account.DISPLAY_NAME_MAX_LENGTH, message = "Use at most " + Account.DISPLAY_NAME_MAX_LENGTH + " characters.")
    private String displayName = "";

    @NotBlank(message = "Choose a password.")
    private String password = "";

    @NotNull(message = "Choose how you will use KneeLine.")
    private Role role = Role.INDIVIDUAL;

    /** Explicit consent to processing health data (GDPR Art. 9(2)(a)); the sign-up page asks with a checkbox. */
    @AssertTrue(message = "KneeLine can only keep your assessments and training logs with your consent.")
    private boolean healthConsent;

    public RegistrationForm() {
    }

    /** A complete sign-up with consent given, for callers that asked for it themselves (demo data, tests). */
    public RegistrationForm(String email, String displayName, String password, Role role) {
        setEmail(email);
        this.displayName = displayName;
        this.password = password;
        this.role = role;
        this.healthConsent = true;
    }

    public String getEmail() {
        return email;
    }

    /** Stray spaces from copy and paste are not the person's fault, so they never fail validation. */
    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isHealthConsent() {
        return healthConsent;
    }

    public void setHealthConsent(boolean healthConsent) {
        this.healthConsent = healthConsent;
    }
}
