package com.kneeline.prescription;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.BaseEntity;
import com.kneeline.prescription.engine.Programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A stored programme: the engine's output for one assessment, exactly as generated (as JSON), numbered per person.
 * It never changes after creation except for being superseded by a newer version; changes a person or trainer
 * makes are {@link ProgrammeOverride}s beside it.
 */
@Entity
@Table(name = "programme")
public class PrescribedProgramme extends BaseEntity {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme.Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "content_version", nullable = false, length = 40)
    private String contentVersion;

    /** JSON (jsonb on PostgreSQL); the engine's records are immutable, so Hibernate keeps no deep copy. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(nullable = false)
    private Programme body;

    protected PrescribedProgramme() {
        // for JPA
    }

    public PrescribedProgramme(long ownerId, long assessmentId, int versionNumber, Programme.Kind kind,
                               String contentVersion, Programme body, Instant createdAt) {
        if (versionNumber < 1) {
            throw new IllegalArgumentException("Version numbers start at 1");
        }
        this.ownerId = ownerId;
        this.assessmentId = assessmentId;
        this.versionNumber = versionNumber;
        this.kind = Objects.requireNonNull(kind);
        this.contentVersion = Objects.requireNonNull(contentVersion);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Programme.Kind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public Programme getBody() {
        return body;
    }

    public boolean isCurrent() {
        return supersededAt == null;
    }

    public void supersede(Instant when) {
        if (supersededAt != null) {
            throw new IllegalStateException("Programme " + getId() + " is already superseded");
        }
        this.supersededAt = Objects.requireNonNull(when);
    }
}
