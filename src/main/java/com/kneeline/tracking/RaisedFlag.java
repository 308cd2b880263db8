package com.kneeline.tracking;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.Attribution;
import com.kneeline.base.BaseEntity;
import com.kneeline.tracking.engine.Flag;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A referral flag the tracker raised, open until the person says they have read it. */
@Entity
@Table(name = "referral_flag")
class RaisedFlag extends BaseEntity {

    static final int NOTE_MAX = 500;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Flag.Kind kind;

    @Column(nullable = false, length = 1000)
    private String seen;

    @Column(name = "why_it_matters", nullable = false, length = 2000)
    private String whyItMatters;

    @Column(nullable = false, length = 300)
    private String professional;

    @Column(name = "stops_exercise", nullable = false)
    private boolean stopsExercise;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(length = NOTE_MAX)
    private String acknowledgement;

    /** Who read it and when; {@link Attribution#NONE} while it is open. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "acknowledged_by")),
            @AttributeOverride(name = "byName", column = @Column(name = "acknowledged_by_name", length = 80)),
            @AttributeOverride(name = "byTrainer", column = @Column(name = "acknowledged_by_trainer", nullable = false)),
            @AttributeOverride(name = "at", column = @Column(name = "acknowledged_at"))})
    private Attribution acknowledged = Attribution.NONE;

    protected RaisedFlag() {
        // for JPA
    }

    RaisedFlag(long ownerId, Flag flag, Instant raisedAt) {
        this.ownerId = ownerId;
        this.kind = flag.kind();
        this.seen = clip(flag.seen(), 1000);
        this.whyItMatters = clip(flag.whyItMatters(), 2000);
        this.professional = clip(flag.professional(), 300);
        this.stopsExercise = flag.stopsExercise();
        this.raisedAt = Objects.requireNonNull(raisedAt);
    }

    /** The same rule seen again while this flag is still open: it now says what is seen today. */
    void observe(Flag flag) {
        if (flag.kind() != kind || !isOpen()) {
            throw new IllegalArgumentException("Only an open flag of the same kind takes a new observation");
        }
        this.seen = clip(flag.seen(), 1000);
        this.whyItMatters = clip(flag.whyItMatters(), 2000);
        this.professional = clip(flag.professional(), 300);
    }

    private static String clip(String text, int max) {
        Objects.requireNonNull(text);
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Flag.Kind getKind() {
        return kind;
    }

    String getSeen() {
        return seen;
    }

    String getWhyItMatters() {
        return whyItMatters;
    }

    String getProfessional() {
        return professional;
    }

    boolean isStopsExercise() {
        return stopsExercise;
    }

    Instant getRaisedAt() {
        return raisedAt;
    }

    Instant getAcknowledgedAt() {
        return acknowledged.at();
    }

    String getAcknowledgement() {
        return acknowledgement;
    }

    Long getAcknowledgedBy() {
        return acknowledged.by();
    }

    String getAcknowledgedByName() {
        return acknowledged.byName();
    }

    boolean isAcknowledgedByTrainer() {
        return acknowledged.byTrainer();
    }

    boolean isOpen() {
        return !acknowledged.done();
    }

    /** The same flag as one already raised: same kind and the same observation. */
    boolean sameAs(Flag flag) {
        return kind == flag.kind() && seen.equals(clip(flag.seen(), 1000));
    }

    /** Acknowledged by the person or their trainer; the trainer's note is what the person reads. */
    void acknowledge(String note, Instant when, long byId, String byName, boolean byTrainer) {
        if (acknowledged.done()) {
            throw new IllegalStateException("This flag has already been acknowledged");
        }
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new IllegalArgumentException("A note has at most " + NOTE_MAX + " characters");
        }
        this.acknowledgement = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        this.acknowledged = Attribution.of(byId, byName, byTrainer, when);
    }
}
