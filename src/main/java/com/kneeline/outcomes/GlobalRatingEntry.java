package com.kneeline.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The answer to "compared with when you started, your knee is..." at one check-in. */
@Entity
@Table(name = "outcome_global_rating")
class GlobalRatingEntry extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "answer_id", nullable = false, length = 60)
    private String answerId;

    @Column(nullable = false)
    private int points;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GlobalRatingEntry() {
        // for JPA
    }

    GlobalRatingEntry(long personId, LocalDate answeredOn, String answerId, int points, Instant recordedAt) {
        this.personId = personId;
        this.answeredOn = Objects.requireNonNull(answeredOn);
        this.answerId = Objects.requireNonNull(answerId);
        this.points = points;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    String getAnswerId() {
        return answerId;
    }
}
