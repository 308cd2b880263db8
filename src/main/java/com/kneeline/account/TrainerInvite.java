package com.kneeline.account;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A code a trainer hands to a client; accepting it once links the two. */
@Entity
@Table(name = "trainer_invite")
public class TrainerInvite extends BaseEntity {

    /** Codes are typed by hand, so they are short; the alphabet leaves out look-alikes (0/O, 1/I/L). */
    public static final int CODE_LENGTH = 8;
    public static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    @Column(nullable = false, length = 12)
    private String code;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_by")
    private Long usedBy;

    @Column(name = "used_at")
    private Instant usedAt;

    protected TrainerInvite() {
        // for JPA
    }

    TrainerInvite(String code, long trainerId, Instant createdAt, Instant expiresAt) {
        if (code == null || code.length() != CODE_LENGTH) {
            throw new IllegalArgumentException("An invite code has " + CODE_LENGTH + " characters");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("An invite must expire after it is created");
        }
        this.code = code;
        this.trainerId = trainerId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = expiresAt;
    }

    /** Upper case without spaces or dashes, as the code is stored; people type "abcd efgh" or "ABCD-EFGH". */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    String getCode() {
        return code;
    }

    long getTrainerId() {
        return trainerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isUsed() {
        return usedBy != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(long clientId, Instant when) {
        if (usedBy != null) {
            throw new IllegalStateException("This invite has already been used");
        }
        this.usedBy = clientId;
        this.usedAt = Objects.requireNonNull(when);
    }
}
