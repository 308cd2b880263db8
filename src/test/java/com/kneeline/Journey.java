package com.kneeline;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.prescription.ProgrammeService;

import org.springframework.stereotype.Component;

/**
 * The services a person goes through before the part a test is about: registering, the assessment and the
 * programme made from it. Tests that walk the whole loop take this one fixture instead of wiring each service.
 */
@Component
public record Journey(AccountService accounts, AssessmentService assessments, ProgrammeService programmes) {

    /** Long enough for the password rules; tests sign in through the security context, not with it. */
    public static final String PASSWORD = "a long enough pass";

    /** Registers someone with a valid password and returns their account id. */
    public long register(String email, String name, Role role) {
        return accounts.register(new RegistrationForm(email, name, PASSWORD, role)).id();
    }
}
