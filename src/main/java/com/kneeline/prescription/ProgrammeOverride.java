package com.kneeline.prescription;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.base.Attribution;
import com.kneeline.base.BaseEntity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One deliberate change to a programme, by a named person at a known time: an exercise replaced by another, an
 * exercise's dose, the week (sessions and minutes) or the phase. Stored apart from the generated programme so it
 * is explicit, attributable, and can be re-applied when the programme is regenerated and still applies there.
 */
@Entity
@Table(name = "programme_override")
public class ProgrammeOverride extends BaseEntity {

    public static final int REASON_MAX_LENGTH = 200;
    public static final int LOAD_GUIDANCE_MAX_LENGTH = 300;
    public static final int MIN_SETS = 1;
    public static final int MAX_SETS = 10;
    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 30;
    public static final int MIN_HOLD_SECONDS = 5;
    public static final int MAX_HOLD_SECONDS = 120;

    public enum Kind {
        /** {@code replacementId} stands where {@code exerciseId} was prescribed. */
        SWAP,
        /** Sets, the rep or hold range and/or load guidance of {@code exerciseId}; null fields keep the plan's. */
        DOSE,
        /** Sessions per week and minutes per session: the programme is regenerated with them. */
        WEEK,
        /** The phase: the programme is regenerated in it. */
        PHASE
    }

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(name = "exercise_id", length = 60)
    private String exerciseId;

    @Column(name = "replacement_id", length = 60)
    private String replacementId;

    private Integer sets;

    @Column(name = "range_min")
    private Integer rangeMin;

    @Column(name = "range_max")
    private Integer rangeMax;

    @Column(name = "load_guidance", length = LOAD_GUIDANCE_MAX_LENGTH)
    private String loadGuidance;

    @Column(name = "sessions_per_week")
    private Integer sessionsPerWeek;

    @Column(name = "minutes_per_session")
    private Integer minutesPerSession;

    @Column(name = "phase_id", length = 40)
    private String phaseId;

    /** Who made the change (the person or their trainer) and when. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "by", column = @Column(name = "made_by", nullable = false)),
            @AttributeOverride(name = "byName", column = @Column(name = "made_by_name", nullable = false, length = 80)),
            @AttributeOverride(name = "byTrainer", column = @Column(name = "made_by_trainer", nullable = false)),
            @AttributeOverride(name = "at", column = @Column(name = "made_at", nullable = false))})
    private Attribution made;

    @Column(length = REASON_MAX_LENGTH)
    private String reason;

    protected ProgrammeOverride() {
        // for JPA
    }

    /** A swap. */
    public ProgrammeOverride(long programmeId, String exerciseId, String replacementId, long madeBy, String madeByName,
                             boolean madeByTrainer, Instant madeAt, String reason) {
        this(programmeId, Kind.SWAP, madeBy, madeByName, madeByTrainer, madeAt, reason);
        if (Objects.requireNonNull(exerciseId).equals(Objects.requireNonNull(replacementId))) {
            throw new IllegalArgumentException("An exercise cannot replace itself");
        }
        this.exerciseId = exerciseId;
        this.replacementId = replacementId;
    }

    private ProgrammeOverride(long programmeId, Kind kind, long madeBy, String madeByName, boolean madeByTrainer,
                              Instant madeAt, String reason) {
        if (reason != null && reason.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("Reason limited to " + REASON_MAX_LENGTH + " characters");
        }
        this.programmeId = programmeId;
        this.kind = Objects.requireNonNull(kind);
        this.made = new Attribution(madeBy, Objects.requireNonNull(madeByName), madeByTrainer,
                Objects.requireNonNull(madeAt));
        this.reason = reason;
    }

    /**
     * A dose for one exercise. Bounds are checked here as a last line; {@link ProgrammeService} checks them first
     * with messages for the fields.
     */
    static ProgrammeOverride dose(long programmeId, String exerciseId, Dose dose, long madeBy, String madeByName,
                                  boolean madeByTrainer, Instant madeAt) {
        if (dose.isEmpty()) {
            throw new IllegalArgumentException("A dose change changes something");
        }
        if (dose.sets() != null && (dose.sets() < MIN_SETS || dose.sets() > MAX_SETS)) {
            throw new IllegalArgumentException("sets out of bounds: " + dose.sets());
        }
        if ((dose.rangeMin() == null) != (dose.rangeMax() == null)
                || dose.rangeMin() != null && (dose.rangeMin() < 1 || dose.rangeMin() > dose.rangeMax())) {
            throw new IllegalArgumentException("invalid range " + dose.rangeMin() + "-" + dose.rangeMax());
        }
        if (dose.loadGuidance() != null && dose.loadGuidance().length() > LOAD_GUIDANCE_MAX_LENGTH) {
            throw new IllegalArgumentException("Load guidance limited to " + LOAD_GUIDANCE_MAX_LENGTH + " characters");
        }
        ProgrammeOverride o = new ProgrammeOverride(programmeId, Kind.DOSE, madeBy, madeByName, madeByTrainer, madeAt,
                null);
        o.exerciseId = Objects.requireNonNull(exerciseId);
        o.sets = dose.sets();
        o.rangeMin = dose.rangeMin();
        o.rangeMax = dose.rangeMax();
        o.loadGuidance = dose.loadGuidance();
        return o;
    }

    static ProgrammeOverride week(long programmeId, int sessionsPerWeek, int minutesPerSession, long madeBy,
                                  String madeByName, boolean madeByTrainer, Instant madeAt) {
        ProgrammeOverride o = new ProgrammeOverride(programmeId, Kind.WEEK, madeBy, madeByName, madeByTrainer, madeAt,
                null);
        o.sessionsPerWeek = sessionsPerWeek;
        o.minutesPerSession = minutesPerSession;
        return o;
    }

    static ProgrammeOverride phase(long programmeId, String phaseId, long madeBy, String madeByName,
                                   boolean madeByTrainer, Instant madeAt) {
        ProgrammeOverride o = new ProgrammeOverride(programmeId, Kind.PHASE, madeBy, madeByName, madeByTrainer, madeAt,
                null);
        o.phaseId = Objects.requireNonNull(phaseId);
        return o;
    }

    /** The same change, carried over to a newer programme. */
    ProgrammeOverride carriedTo(long newProgrammeId) {
        ProgrammeOverride o = new ProgrammeOverride(newProgrammeId, kind, made.by(), made.byName(), made.byTrainer(),
                made.at(), reason);
        o.exerciseId = exerciseId;
        o.replacementId = replacementId;
        o.sets = sets;
        o.rangeMin = rangeMin;
        o.rangeMax = rangeMax;
        o.loadGuidance = loadGuidance;
        o.sessionsPerWeek = sessionsPerWeek;
        o.minutesPerSession = minutesPerSession;
        o.phaseId = phaseId;
        return o;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public String getReplacementId() {
        return replacementId;
    }

    public Dose getDose() {
        return new Dose(sets, rangeMin, rangeMax, loadGuidance);
    }

    public Integer getSessionsPerWeek() {
        return sessionsPerWeek;
    }

    public Integer getMinutesPerSession() {
        return minutesPerSession;
    }

    public String getPhaseId() {
        return phaseId;
    }

    public long getMadeBy() {
        return made.by();
    }

    public String getMadeByName() {
        return made.byName();
    }

    public boolean isMadeByTrainer() {
        return made.byTrainer();
    }

    public Instant getMadeAt() {
        return made.at();
    }

    public String getReason() {
        return reason;
    }
}
