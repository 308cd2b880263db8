package com.kneeline.tracking;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.tracking.engine.Flag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A referral flag the tracker raised, open until the person says they have read it. */
@Entity
@Table(name = "referral_flag")
class RaisedFlag {

    static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

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

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = NOTE_MAX)
    private String acknowledgement;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    /** The name as it was when acknowledged, so the history reads the same after a rename. */
    @Column(name = "acknowledged_by_name", length = 80)
    private String acknowledgedByName;

    @Column(name = "acknowledged_by_trainer", nullable = false)
    private boolean acknowledgedByTrainer;

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

    Long getId() {
        return id;
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
        return acknowledgedAt;
    }

    String getAcknowledgement() {
        return acknowledgement;
    }

    Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    String getAcknowledgedByName() {
        return acknowledgedByName;
    }

    boolean isAcknowledgedByTrainer() {
        return acknowledgedByTrainer;
    }

    boolean isOpen() {
        return acknowledgedAt == null;
    }

    /** The same flag as one already raised: same kind and the same observation. */
    boolean sameAs(Flag flag) {
        return kind == flag.kind() && seen.equals(clip(flag.seen(), 1000));
    }

    /** Acknowledged by the person or their trainer; the trainer's note is what the person reads. */
    void acknowledge(String note, Instant when, long byId, String byName, boolean byTrainer) {
        if (acknowledgedAt != null) {
            throw new IllegalStateException("This flag has already been acknowledged");
        }
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new IllegalArgumentException("A note has at most " + NOTE_MAX + " characters");
        }
        this.acknowledgement = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        this.acknowledgedAt = Objects.requireNonNull(when);
        this.acknowledgedBy = byId;
        this.acknowledgedByName = byName == null ? null : clip(byName, 80);
        this.acknowledgedByTrainer = byTrainer;
    }
}
