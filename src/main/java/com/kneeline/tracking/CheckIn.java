package com.kneeline.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import com.kneeline.base.BaseEntity;
import com.kneeline.tracking.engine.MorningCheckIn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A morning check-in, one per person and day. */
@Entity
@Table(name = "morning_check_in")
class CheckIn extends BaseEntity {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "check_date", nullable = false)
    private LocalDate checkDate;

    @Column(name = "pain_settled", nullable = false)
    private boolean painSettled;

    @Column(name = "functional_limitation")
    private Boolean functionalLimitation;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CheckIn() {
        // for JPA
    }

    CheckIn(long ownerId, LocalDate checkDate, boolean painSettled, Boolean functionalLimitation, Instant recordedAt) {
        this.ownerId = ownerId;
        this.checkDate = Objects.requireNonNull(checkDate);
        this.painSettled = painSettled;
        this.functionalLimitation = functionalLimitation;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    LocalDate getCheckDate() {
        return checkDate;
    }

    MorningCheckIn toEngine() {
        return new MorningCheckIn(checkDate, painSettled, functionalLimitation);
    }
}
