package com.kneeline.account;

import java.time.Instant;
import java.util.Set;

/** A read-only view of an account for screens; never carries the password hash. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles, Instant createdAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }

    static AccountSummary of(Account account) {
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRoles(), account.getCreatedAt());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
