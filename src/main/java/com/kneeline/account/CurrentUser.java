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

    /** For views that are only reachable when signed in. */
    public AccountSummary require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }

    public void logout() {
        authentication.logout();
    }
}
