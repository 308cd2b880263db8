package com.kneeline.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The answer to "compared with when you started, your knee is..." at one check-in. */
@Entity
@Table(name = "outcome_global_rating")
class GlobalRatingEntry extends OutcomeRecord {

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "answer_id", nullable = false, length = 60)
    private String answerId;

    @Column(nullable = false)
    private int points;

    protected GlobalRatingEntry() {
        // for JPA
    }

    GlobalRatingEntry(long personId, LocalDate answeredOn, String answerId, int points, Instant recordedAt) {
        super(personId, recordedAt);
        this.answeredOn = Objects.requireNonNull(answeredOn);
        this.answerId = Objects.requireNonNull(answerId);
        this.points = points;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    String getAnswerId() {
        return answerId;
    }
}
