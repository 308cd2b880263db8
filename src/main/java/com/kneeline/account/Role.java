package com.kneeline.account;

/** What a person may do in KneeLine. Stored by name, so renaming a constant needs a migration. */
public enum Role {
    /** Follows a home programme for themselves; the default on sign-up. */
    INDIVIDUAL("Individual"),
    /** Assigns and adjusts plans for linked clients; chosen at sign-up or granted by an admin. */
    TRAINER("Trainer"),
    /** Manages users, roles and content; the first one comes from configuration. */
    ADMIN("Admin");

    /** Spring Security authority names carry this prefix; Vaadin's @RolesAllowed values do not. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
