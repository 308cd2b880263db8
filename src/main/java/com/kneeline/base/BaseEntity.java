package com.kneeline.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every table row has: a database-generated {@code id} and a {@code version} for optimistic locking, so two
 * tabs (or a person and their trainer) saving the same row cannot silently overwrite each other.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    protected BaseEntity() {
    }

    /** Null until the row is first saved. */
    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
