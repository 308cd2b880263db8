package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.kneeline.base.BaseEntity;
import com.kneeline.tracking.engine.ExerciseLog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A logged training session. The logs, the prescriptions it was done at and the engine's sentences are JSON columns
 * (jsonb on PostgreSQL), held as immutable lists that are replaced, never changed in place, so Hibernate keeps no
 * deep copy of them; the session can be edited within {@link SessionLogService#EDIT_WINDOW}.
 */
@Entity
@Table(name = "training_session")
class TrainingSession extends BaseEntity {

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    private List<ExerciseLog> exercises;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    private List<PlannedSession.Item> prescribed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    private List<String> decisions;

    protected TrainingSession() {
        // for JPA
    }

    TrainingSession(long ownerId, long programmeId, int sessionNumber, LocalDate sessionDate, Instant loggedAt,
                    List<ExerciseLog> exercises, List<PlannedSession.Item> prescribed) {
        if (sessionNumber < 1) {
            throw new IllegalArgumentException("Session numbers start at 1");
        }
        this.ownerId = ownerId;
        this.programmeId = programmeId;
        this.sessionNumber = sessionNumber;
        this.sessionDate = Objects.requireNonNull(sessionDate);
        this.loggedAt = Objects.requireNonNull(loggedAt);
        this.exercises = List.copyOf(exercises);
        this.prescribed = List.copyOf(prescribed);
        this.decisions = List.of();
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

    List<ExerciseLog> getExercises() {
        return exercises;
    }

    List<PlannedSession.Item> getPrescribed() {
        return prescribed;
    }

    List<String> getDecisions() {
        return decisions;
    }

    void edit(List<ExerciseLog> newExercises, Instant when) {
        this.exercises = List.copyOf(newExercises);
        this.editedAt = Objects.requireNonNull(when);
    }

    void decided(List<String> newDecisions) {
        this.decisions = List.copyOf(newDecisions);
    }

    /** Whether it can still be corrected: within {@link SessionLogService#EDIT_WINDOW} of first saving it. */
    boolean editableAt(Instant now) {
        return now.isBefore(loggedAt.plus(SessionLogService.EDIT_WINDOW));
    }
}
