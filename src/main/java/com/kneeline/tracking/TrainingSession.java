package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A logged training session. The logs, the prescriptions it was done at and the engine's sentences are JSON
 * (written and read by {@link TrackingService}); the session can be edited within {@link TrackingService#EDIT_WINDOW}.
 */
@Entity
@Table(name = "training_session")
class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "session_number", nullable = false)
    private int sessionNumber;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Lob
    @Column(nullable = false)
    private String exercises;

    @Lob
    @Column(nullable = false)
    private String prescribed;

    @Lob
    @Column(nullable = false)
    private String decisions;

    protected TrainingSession() {
        // for JPA
    }

    TrainingSession(long ownerId, long programmeId, int sessionNumber, LocalDate sessionDate, Instant loggedAt,
                    String exercises, String prescribed) {
        if (sessionNumber < 1) {
            throw new IllegalArgumentException("Session numbers start at 1");
        }
        this.ownerId = ownerId;
        this.programmeId = programmeId;
        this.sessionNumber = sessionNumber;
        this.sessionDate = Objects.requireNonNull(sessionDate);
        this.loggedAt = Objects.requireNonNull(loggedAt);
        this.exercises = Objects.requireNonNull(exercises);
        this.prescribed = Objects.requireNonNull(prescribed);
        this.decisions = "[]";
    }

    Long getId() {
        return id;
    }

    long getOwnerId() {
        return ownerId;
    }

    long getProgrammeId() {
        return programmeId;
    }

    int getSessionNumber() {
        return sessionNumber;
    }

    LocalDate getSessionDate() {
        return sessionDate;
    }

    Instant getLoggedAt() {
        return loggedAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    String getExercises() {
        return exercises;
    }

    String getPrescribed() {
        return prescribed;
    }

    String getDecisions() {
        return decisions;
    }

    void edit(String newExercises, Instant when) {
        this.exercises = Objects.requireNonNull(newExercises);
        this.editedAt = Objects.requireNonNull(when);
    }

    void decided(String newDecisions) {
        this.decisions = Objects.requireNonNull(newDecisions);
    }
}
