package com.kneeline.trainer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kneeline.assessment.AboutYou;
import com.kneeline.base.BaseEntity;

import org.hibernate.annotations.BatchSize;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A trainer's reusable starting point for clients' programmes: the week, optionally a phase, and what to do with
 * particular exercises. Applied to a client it is checked against that client's assessment like any other change.
 */
@Entity
@Table(name = "programme_template")
public class ProgrammeTemplate extends BaseEntity {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int DESCRIPTION_MAX_LENGTH = 500;
    public static final int MAX_EXERCISES = 30;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "sessions_per_week")
    private Integer sessionsPerWeek;

    @Column(name = "minutes_per_session")
    private Integer minutesPerSession;

    @Column(name = "phase_id", length = 40)
    private String phaseId;

    // Read only inside the service's transactions; batched so a page of templates loads its rules in one query.
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 50)
    @CollectionTable(name = "programme_template_exercise", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateExercise> exercises = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgrammeTemplate() {
        // for JPA
    }

    public ProgrammeTemplate(long trainerId, String name, Instant createdAt) {
        this.trainerId = trainerId;
        setName(name);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    public void setName(String name) {
        String n = Objects.requireNonNull(name).strip();
        if (n.isEmpty() || n.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A name of 1 to " + NAME_MAX_LENGTH + " characters");
        }
        this.name = n;
    }

    public void setDescription(String description) {
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > DESCRIPTION_MAX_LENGTH) {
            throw new IllegalArgumentException("A description of at most " + DESCRIPTION_MAX_LENGTH + " characters");
        }
        this.description = d;
    }

    public void setWeek(Integer sessionsPerWeek, Integer minutesPerSession) {
        if (sessionsPerWeek != null && (sessionsPerWeek < AboutYou.MIN_SESSIONS || sessionsPerWeek > AboutYou.MAX_SESSIONS)
                || minutesPerSession != null
                && (minutesPerSession < AboutYou.MIN_MINUTES || minutesPerSession > AboutYou.MAX_MINUTES)) {
            throw new IllegalArgumentException("week out of bounds: " + sessionsPerWeek + " x " + minutesPerSession);
        }
        this.sessionsPerWeek = sessionsPerWeek;
        this.minutesPerSession = minutesPerSession;
    }

    public void setPhaseId(String phaseId) {
        this.phaseId = phaseId == null || phaseId.isBlank() ? null : phaseId;
    }

    public void setExercises(List<TemplateExercise> exercises) {
        if (exercises.size() > MAX_EXERCISES) {
            throw new IllegalArgumentException("At most " + MAX_EXERCISES + " exercise rules");
        }
        this.exercises.clear();
        this.exercises.addAll(exercises);
    }

    void touched(Instant when) {
        this.updatedAt = Objects.requireNonNull(when);
    }

    public long getTrainerId() {
        return trainerId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
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

    public List<TemplateExercise> getExercises() {
        return List.copyOf(exercises);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
