package com.kneeline.trainer;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A trainer's private note about a client. Only the trainer who wrote it reads it; the client never does. */
@Entity
@Table(name = "trainer_note")
public class TrainerNote extends BaseEntity {

    public static final int BODY_MAX_LENGTH = 2000;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(nullable = false, length = BODY_MAX_LENGTH)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected TrainerNote() {
        // for JPA
    }

    TrainerNote(long trainerId, long clientId, String body, Instant writtenAt) {
        this.trainerId = trainerId;
        this.clientId = clientId;
        setBody(body);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    private void setBody(String body) {
        String stripped = body == null ? "" : body.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("Write something first.");
        }
        if (stripped.length() > BODY_MAX_LENGTH) {
            throw new IllegalArgumentException("A note has at most " + BODY_MAX_LENGTH + " characters.");
        }
        this.body = stripped;
    }

    String getBody() {
        return body;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
