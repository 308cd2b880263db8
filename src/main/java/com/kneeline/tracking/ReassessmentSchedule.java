package com.kneeline.tracking;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.Attribution;
import com.kneeline.base.BaseEntity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person's reassessment interval and a pending trainer request for a check-in. The allowed interval comes from
 * the content pack ({@code referral.reassessment.allowed-interval-weeks}), so the service checks it; the entity
 * only refuses what could never be an interval.
 */
@Entity
@Table(name = "reassessment_schedule")
class ReassessmentSchedule extends BaseEntity {

    /** The widest range the content model accepts for an interval; the content's allowed range lies within it. */
    static final int MIN_WEEKS = 1;
    static final int MAX_WEEKS = 26;

    @Column(name = "owner_id", nullable = false, unique = true)
    private long ownerId;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "requested_by")
    private Long requestedBy;

    /** Who chose the current interval and when; {@link Attribution#NONE} while it is the content's default. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "interval_set_by")),
            @AttributeOverride(name = "byName", column = @Column(name = "interval_set_by_name", length = 80)),
            @AttributeOverride(name = "byTrainer", column = @Column(name = "interval_set_by_trainer", nullable = false)),
            @AttributeOverride(name = "at", column = @Column(name = "interval_set_at"))})
    private Attribution intervalSet = Attribution.NONE;

    protected ReassessmentSchedule() {
        // for JPA
    }

    ReassessmentSchedule(long ownerId, int intervalWeeks) {
        this.ownerId = ownerId;
        setIntervalWeeks(intervalWeeks);
    }

    long getOwnerId() {
        return ownerId;
    }

    int getIntervalWeeks() {
        return intervalWeeks;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Long getRequestedBy() {
        return requestedBy;
    }

    void setIntervalWeeks(int weeks) {
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("An interval is " + MIN_WEEKS + " to " + MAX_WEEKS + " weeks, not " + weeks);
        }
        this.intervalWeeks = weeks;
    }

    /** Records who chose the current interval: the person themselves or their trainer. */
    void setBy(long accountId, String name, boolean trainer, Instant when) {
        this.intervalSet = Attribution.of(accountId, name, trainer, when);
    }

    String getIntervalSetByName() {
        return intervalSet.byName();
    }

    boolean isIntervalSetByTrainer() {
        return intervalSet.byTrainer();
    }

    Instant getIntervalSetAt() {
        return intervalSet.at();
    }

    void request(long byAccountId, Instant when) {
        this.requestedBy = byAccountId;
        this.requestedAt = Objects.requireNonNull(when);
    }
}
