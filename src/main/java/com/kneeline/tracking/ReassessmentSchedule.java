package com.kneeline.tracking;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's reassessment interval and a pending trainer request for a check-in. The allowed interval comes from
 * the content pack ({@code referral.reassessment.allowed-interval-weeks}), so the service checks it; the entity
 * only refuses what could never be an interval.
 */
@Entity
@Table(name = "reassessment_schedule")
class ReassessmentSchedule {

    /** The widest range the content model accepts for an interval; the content's allowed range lies within it. */
    static final int MIN_WEEKS = 1;
    static final int MAX_WEEKS = 26;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_id", nullable = false, unique = true)
    private long ownerId;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "interval_set_by")
    private Long intervalSetBy;

    /** The name as it was when set, so the note reads the same after a rename. */
    @Column(name = "interval_set_by_name", length = 80)
    private String intervalSetByName;

    @Column(name = "interval_set_by_trainer", nullable = false)
    private boolean intervalSetByTrainer;

    @Column(name = "interval_set_at")
    private Instant intervalSetAt;

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
        this.intervalSetBy = accountId;
        this.intervalSetByName = name == null ? null : name.length() <= 80 ? name : name.substring(0, 79) + "…";
        this.intervalSetByTrainer = trainer;
        this.intervalSetAt = Objects.requireNonNull(when);
    }

    String getIntervalSetByName() {
        return intervalSetByName;
    }

    boolean isIntervalSetByTrainer() {
        return intervalSetByTrainer;
    }

    Instant getIntervalSetAt() {
        return intervalSetAt;
    }

    void request(long byAccountId, Instant when) {
        this.requestedBy = byAccountId;
        this.requestedAt = Objects.requireNonNull(when);
    }
}
