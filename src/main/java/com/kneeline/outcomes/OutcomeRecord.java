package com.kneeline.outcomes;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every outcome record has: whose it is ({@code person_id}, which export and erasure follow) and when it was
 * recorded, apart from the day it is about.
 */
@MappedSuperclass
abstract class OutcomeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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
