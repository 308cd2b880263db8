package com.kneeline.outcomes;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every outcome record has: whose it is ({@code person_id}, which export and erasure follow) and when it was
 * recorded, apart from the day it is about.
 */
@MappedSuperclass
abstract class OutcomeRecord extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OutcomeRecord() {
        // for JPA
    }

    protected OutcomeRecord(long personId, Instant recordedAt) {
        this.personId = personId;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }
}
