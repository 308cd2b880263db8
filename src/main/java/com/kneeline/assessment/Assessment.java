package com.kneeline.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.kneeline.base.BaseEntity;
import com.kneeline.content.model.WizardStep;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One run of the self-assessment. While it is a {@link AssessmentStatus#DRAFT draft} its answers can change and
 * it remembers the step the person is on; once finished (completed, stopped by a red flag, or abandoned) every
 * setter refuses, so what a person or their trainer reads later is what was concluded on that day.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends BaseEntity {

    public static final int ANSWER_MAX_LENGTH = 100;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status = AssessmentStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_step", nullable = false, length = 30)
    private WizardStep currentStep = WizardStep.SAFETY;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Which content pack version asked the questions: answers are only comparable within one version. */
    @Column(name = "content_version", nullable = false, length = 40)
    private String contentVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "affected_knees", length = 10)
    private AboutYou.Knees affectedKnees;

    @Column(length = AboutYou.ACTIVITIES_MAX_LENGTH)
    private String activities;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AboutYou.Goal goal;

    @Column(name = "minutes_per_session")
    private Integer minutesPerSession;

    @Column(name = "sessions_per_week")
    private Integer sessionsPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AboutYou.Sex sex;

    @ElementCollection
    @CollectionTable(name = "assessment_equipment", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "equipment_id", nullable = false, length = 40)
    private Set<String> equipment = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "answer_key", length = 100)
    @Column(name = "answer_value", nullable = false, length = ANSWER_MAX_LENGTH)
    private Map<String, String> answers = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "assessment_finding", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<RecordedFinding> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "assessment_video_measurement", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "answer_key", length = 100)
    private Map<String, VideoMeasurement> videoMeasurements = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "assessment_flag", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "flag_id", nullable = false, length = 60)
    private Set<String> raisedFlags = new HashSet<>();

    /** Who cleared the person to exercise after the stopped assessment {@link #clearsAssessmentId}, and when. */
    @Column(name = "cleared_by", length = Clearance.BY_MAX_LENGTH)
    private String clearedBy;

    @Column(name = "cleared_on")
    private LocalDate clearedOn;

    @Column(name = "clears_assessment_id")
    private Long clearsAssessmentId;

    /** Stopped again because the person had no clearance after an earlier stop. */
    @Column(name = "awaiting_clearance", nullable = false)
    private boolean awaitingClearance;

    protected Assessment() {
        // for JPA
    }

    public Assessment(long ownerId, String contentVersion, Instant startedAt) {
        this.ownerId = ownerId;
        this.contentVersion = Objects.requireNonNull(contentVersion, "contentVersion");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.updatedAt = startedAt;
    }

    private void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw new IllegalStateException("This assessment is " + status.name().toLowerCase() + " and can no longer change");
        }
    }

    public long getOwnerId() {
        return ownerId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public WizardStep getCurrentStep() {
        return currentStep;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getContentVersion() {
        return contentVersion;
    }

    public Map<String, String> getAnswers() {
        return Map.copyOf(answers);
    }

    public List<RecordedFinding> getFindings() {
        return List.copyOf(findings);
    }

    public Set<String> getRaisedFlags() {
        return Set.copyOf(raisedFlags);
    }

    /** {@code null} until the about-you step has been saved. */
    public AboutYou getAboutYou() {
        if (affectedKnees == null) {
            return null;
        }
        return new AboutYou(affectedKnees, activities, goal, equipment, minutesPerSession, sessionsPerWeek, sex);
    }

    public void moveTo(WizardStep step, Instant now) {
        requireDraft();
        this.currentStep = Objects.requireNonNull(step);
        this.updatedAt = now;
    }

    /** Replaces the answers of the given keys; a {@code null} value removes an answer ("don't know"). */
    public void putAnswers(Map<String, String> changes, Instant now) {
        requireDraft();
        changes.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                answers.remove(key);
            } else if (value.length() > ANSWER_MAX_LENGTH) {
                throw new IllegalArgumentException("Answer too long for " + key);
            } else {
                answers.put(key, value);
            }
            // A measured value typed over by hand is no longer the video measurement's.
            VideoMeasurement measured = videoMeasurements.get(key);
            if (measured != null && !measured.answerValue().equals(answers.get(key))) {
                videoMeasurements.remove(key);
            }
        });
        this.updatedAt = now;
    }

    /** How the answers measured with the video tool were measured, by answer key; only those still answered so. */
    public Map<String, VideoMeasurement> getVideoMeasurements() {
        Map<String, VideoMeasurement> current = new HashMap<>();
        videoMeasurements.forEach((key, m) -> {
            if (m.answerValue().equals(answers.get(key))) {
                current.put(key, m);
            }
        });
        return Map.copyOf(current);
    }

    /** Records how an answer was measured; the answer itself arrives with its step like any other. */
    public void recordVideoMeasurement(String key, VideoMeasurement measurement, Instant now) {
        requireDraft();
        videoMeasurements.put(Objects.requireNonNull(key), Objects.requireNonNull(measurement));
        this.updatedAt = now;
    }

    public void setAboutYou(AboutYou about, Instant now) {
        requireDraft();
        if (about.activities().length() > AboutYou.ACTIVITIES_MAX_LENGTH) {
            throw new IllegalArgumentException("Activities are limited to " + AboutYou.ACTIVITIES_MAX_LENGTH + " characters");
        }
        if (about.minutesPerSession() < AboutYou.MIN_MINUTES || about.minutesPerSession() > AboutYou.MAX_MINUTES
                || about.sessionsPerWeek() < AboutYou.MIN_SESSIONS || about.sessionsPerWeek() > AboutYou.MAX_SESSIONS) {
            throw new IllegalArgumentException("Session length or frequency out of range");
        }
        this.affectedKnees = Objects.requireNonNull(about.knees());
        this.activities = about.activities();
        this.goal = Objects.requireNonNull(about.goal());
        this.equipment = new HashSet<>(about.equipment());
        this.minutesPerSession = about.minutesPerSession();
        this.sessionsPerWeek = about.sessionsPerWeek();
        this.sex = about.sex();
        this.updatedAt = now;
    }

    public Optional<Clearance> getClearance() {
        return clearedBy == null ? Optional.empty() : Optional.of(new Clearance(true, clearedBy, clearedOn));
    }

    public Long getClearsAssessmentId() {
        return clearsAssessmentId;
    }

    public boolean isAwaitingClearance() {
        return awaitingClearance;
    }

    /** Records a professional's clearance of the stopped assessment {@code stoppedId}, or forgets it (null). */
    public void setClearance(Clearance clearance, long stoppedId, Instant now) {
        requireDraft();
        if (clearance == null || !clearance.given()) {
            this.clearedBy = null;
            this.clearedOn = null;
            this.clearsAssessmentId = null;
        } else {
            if (clearance.by() == null || clearance.by().length() > Clearance.BY_MAX_LENGTH || clearance.on() == null) {
                throw new IllegalArgumentException("A clearance needs who (at most " + Clearance.BY_MAX_LENGTH
                        + " characters) and when");
            }
            this.clearedBy = clearance.by();
            this.clearedOn = clearance.on();
            this.clearsAssessmentId = stoppedId;
        }
        this.updatedAt = now;
    }

    /** Stopped again: an earlier stop has not been cleared by a professional. */
    public void stopAwaitingClearance(Set<String> flags, Instant now) {
        stop(flags, now);
        this.awaitingClearance = true;
    }

    /** The safety screen found a reason to see a professional first. */
    public void stop(Set<String> flags, Instant now) {
        requireDraft();
        this.raisedFlags = new HashSet<>(flags);
        this.status = AssessmentStatus.STOPPED;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    public void complete(List<RecordedFinding> concluded, Set<String> promptFlags, Instant now) {
        requireDraft();
        this.findings = new ArrayList<>(concluded);
        this.raisedFlags = new HashSet<>(promptFlags);
        this.status = AssessmentStatus.COMPLETED;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    public void abandon(Instant now) {
        requireDraft();
        this.status = AssessmentStatus.ABANDONED;
        this.finishedAt = now;
        this.updatedAt = now;
    }
}
