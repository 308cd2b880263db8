package com.kneeline.tracking;

import java.time.Instant;
import java.util.Objects;

import com.kneeline.assessment.engine.Side;
import com.kneeline.base.BaseEntity;
import com.kneeline.tracking.engine.ExercisePrescription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The dose the tracker has progressed one programme slot (a planned exercise, on one side for unilateral work) to.
 * After a ladder move the exercise differs from the slot's.
 */
@Entity
@Table(name = "current_prescription")
class CurrentPrescription extends BaseEntity {

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "slot_id", nullable = false, length = 60)
    private String slotId;

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    private Side side;

    @Column(name = "exercise_id", nullable = false, length = 60)
    private String exerciseId;

    @Column(nullable = false)
    private int sets;

    @Column(name = "range_min", nullable = false)
    private int rangeMin;

    @Column(name = "range_max", nullable = false)
    private int rangeMax;

    @Column(nullable = false)
    private int target;

    @Column(name = "load_kg")
    private Double loadKg;

    @Column(nullable = false)
    private boolean timed;

    @Column(name = "session_sets", nullable = false)
    private int sessionSets;

    @Column(name = "target_rpe", nullable = false)
    private double targetRpe;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Why the dose last changed, while that change is news: null after a hold. */
    @Column(name = "change_reason", length = CHANGE_REASON_MAX)
    private String changeReason;

    /** The session whose log made the last decision. */
    @Column(name = "changed_by_session")
    private Long changedBySession;

    static final int CHANGE_REASON_MAX = 600;

    protected CurrentPrescription() {
        // for JPA
    }

    CurrentPrescription(long ownerId, long programmeId, String slotId, Side side) {
        this.ownerId = ownerId;
        this.programmeId = programmeId;
        this.slotId = Objects.requireNonNull(slotId);
        this.side = side;
    }

    String getSlotId() {
        return slotId;
    }

    Side getSide() {
        return side;
    }

    int getSessionSets() {
        return sessionSets;
    }

    double getTargetRpe() {
        return targetRpe;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getChangeReason() {
        return changeReason;
    }

    Long getChangedBySession() {
        return changedBySession;
    }

    /** The latest decision for this slot: its sentence when the dose changed (null for a hold), and its session. */
    void changed(String reason, long sessionId) {
        this.changeReason = reason == null || reason.length() <= CHANGE_REASON_MAX ? reason
                : reason.substring(0, CHANGE_REASON_MAX - 1) + "…";
        this.changedBySession = sessionId;
    }

    ExercisePrescription toEngine() {
        return new ExercisePrescription(exerciseId, side, sets, rangeMin, rangeMax, target, loadKg, timed);
    }

    void update(ExercisePrescription next, int nextSessionSets, double nextTargetRpe, Instant when) {
        if (next.side() != side) {
            throw new IllegalArgumentException("A prescription keeps its side");
        }
        if (nextSessionSets < 1 || nextTargetRpe < 1 || nextTargetRpe > 10) {
            throw new IllegalArgumentException("invalid session dose: " + nextSessionSets + " sets, RPE " + nextTargetRpe);
        }
        this.exerciseId = next.exerciseId();
        this.sets = next.sets();
        this.rangeMin = next.rangeMin();
        this.rangeMax = next.rangeMax();
        this.target = next.target();
        this.loadKg = next.loadKg();
        this.timed = next.timed();
        this.sessionSets = nextSessionSets;
        this.targetRpe = nextTargetRpe;
        this.updatedAt = Objects.requireNonNull(when);
    }
}
