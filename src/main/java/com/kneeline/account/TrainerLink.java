package com.kneeline.account;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A trainer coaching a client from {@code linkedAt} until either of them ends it. */
@Entity
@Table(name = "trainer_link")
public class TrainerLink extends BaseEntity {

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "unlinked_at")
    private Instant unlinkedAt;

    /** The client's id while active, null after: a unique column, so a client has at most one active trainer. */
    @Column(name = "active_client_id")
    private Long activeClientId;

    protected TrainerLink() {
        // for JPA
    }

    TrainerLink(long trainerId, long clientId, Instant linkedAt) {
        if (trainerId == clientId) {
            throw new IllegalArgumentException("A trainer cannot coach themselves");
        }
        this.trainerId = trainerId;
        this.clientId = clientId;
        this.activeClientId = clientId;
        this.linkedAt = Objects.requireNonNull(linkedAt);
    }

    long getTrainerId() {
        return trainerId;
    }

    long getClientId() {
        return clientId;
    }

    Instant getLinkedAt() {
        return linkedAt;
    }

    Instant getUnlinkedAt() {
        return unlinkedAt;
    }

    boolean isActive() {
        return unlinkedAt == null;
    }

    void end(Instant when) {
        if (unlinkedAt != null) {
            throw new IllegalStateException("This link has already ended");
        }
        this.unlinkedAt = Objects.requireNonNull(when);
        this.activeClientId = null;
    }
}
