package com.kneeline.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A person who can sign in. The email is the login name and is stored normalised (trimmed, lower case). */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    /** RFC 5321 limit for a forward path; the UI reuses it as the field's max length. */
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int DISPLAY_NAME_MAX_LENGTH = 80;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the person agreed to KneeLine processing their health data (GDPR Art. 9); null for older accounts. */
    @Column(name = "health_consent_at")
    private Instant healthConsentAt;

    /** Hash of a one-time reset code an admin issued, and when it stops working; both null when none is open. */
    @Column(name = "reset_code_hash")
    private String resetCodeHash;

    @Column(name = "reset_code_expires_at")
    private Instant resetCodeExpiresAt;

    // Roles are few and always needed to build the principal, so they are loaded with the account.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
        // for JPA
    }

    public Account(String email, String displayName, String passwordHash, Instant createdAt, Set<Role> roles) {
        setEmail(email);
        setDisplayName(displayName);
        setPasswordHash(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        setRoles(roles);
    }

    /** The one place that decides what "the same email" means. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        String normalised = normaliseEmail(email);
        if (normalised.isEmpty() || normalised.length() > EMAIL_MAX_LENGTH || !normalised.contains("@")) {
            throw new IllegalArgumentException("Not a usable email address");
        }
        this.email = normalised;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        String stripped = displayName == null ? "" : displayName.strip();
        if (stripped.isEmpty() || stripped.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("Display name must be 1 to " + DISPLAY_NAME_MAX_LENGTH + " characters");
        }
        this.displayName = stripped;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("A password hash is required");
        }
        this.passwordHash = passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHealthConsentAt() {
        return healthConsentAt;
    }

    public void setHealthConsentAt(Instant healthConsentAt) {
        this.healthConsentAt = healthConsentAt;
    }

    String getResetCodeHash() {
        return resetCodeHash;
    }

    Instant getResetCodeExpiresAt() {
        return resetCodeExpiresAt;
    }

    void setResetCode(String hash, Instant expiresAt) {
        this.resetCodeHash = hash;
        this.resetCodeExpiresAt = expiresAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void setRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
    }
}
