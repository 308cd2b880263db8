package com.kneeline.prescription;

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
 * One deliberate change to a programme: an exercise replaced by another, by a named person at a known time.
 * Stored apart from the generated programme so it is explicit, attributable, and can be re-applied when the
 * programme is regenerated and the original exercise is still prescribed.
 */
@Entity
@Table(name = "programme_override")
public class ProgrammeOverride {

    public static final int REASON_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "exercise_id", nullable = false, length = 60)
    private String exerciseId;

    @Column(name = "replacement_id", nullable = false, length = 60)
    private String replacementId;

    @Column(name = "made_by", nullable = false)
    private long madeBy;

    @Column(name = "made_by_name", nullable = false, length = 80)
    private String madeByName;

    @Column(name = "made_by_trainer", nullable = false)
    private boolean madeByTrainer;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(length = REASON_MAX_LENGTH)
    private String reason;

    protected ProgrammeOverride() {
        // for JPA
    }

    public ProgrammeOverride(long programmeId, String exerciseId, String replacementId, long madeBy, String madeByName,
                             boolean madeByTrainer, Instant madeAt, String reason) {
        if (Objects.requireNonNull(exerciseId).equals(Objects.requireNonNull(replacementId))) {
            throw new IllegalArgumentException("An exercise cannot replace itself");
        }
        if (reason != null && reason.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("Reason limited to " + REASON_MAX_LENGTH + " characters");
        }
        this.programmeId = programmeId;
        this.exerciseId = exerciseId;
        this.replacementId = replacementId;
        this.madeBy = madeBy;
        this.madeByName = Objects.requireNonNull(madeByName);
        this.madeByTrainer = madeByTrainer;
        this.madeAt = Objects.requireNonNull(madeAt);
        this.reason = reason;
    }

    /** The same change, carried over to a newer programme. */
    ProgrammeOverride carriedTo(long newProgrammeId) {
        return new ProgrammeOverride(newProgrammeId, exerciseId, replacementId, madeBy, madeByName, madeByTrainer,
                madeAt, reason);
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public String getReplacementId() {
        return replacementId;
    }

    public long getMadeBy() {
        return madeBy;
    }

    public String getMadeByName() {
        return madeByName;
    }

    public boolean isMadeByTrainer() {
        return madeByTrainer;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getReason() {
        return reason;
    }
}
