package com.kneeline.account;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.stereotype.Component;

/** The signed-in person, for views: resolves the security principal to their account. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<AccountSummary> get() {
        return authentication.getPrincipalName().flatMap(accounts::findByEmail);
    }

    /**
     * The signed-in account's email as stored, read from the security context without a database round trip: for
     * queries that check access in the same statement as they read (the trainer's roster).
     */
    public Optional<String> email() {
        return authentication.getPrincipalName().map(Account::normaliseEmail);
    }

    /** For views that are only reachable when signed in. */
    public AccountSummary require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }

    public void logout() {
        authentication.logout();
    }
}
