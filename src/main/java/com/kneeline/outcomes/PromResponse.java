package com.kneeline.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** One completed questionnaire: its answers and the score they gave when it was answered. */
@Entity
@Table(name = "outcome_prom_response")
class PromResponse extends OutcomeRecord {

    @Column(name = "prom_id", nullable = false, length = 60)
    private String promId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(nullable = false)
    private double score;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "outcome_prom_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item_id", length = 60)
    @Column(name = "answer_id", nullable = false, length = 60)
    private Map<String, String> answers = new LinkedHashMap<>();

    protected PromResponse() {
        // for JPA
    }

    PromResponse(long personId, String promId, LocalDate answeredOn, double score, Map<String, String> answers,
            Instant recordedAt) {
        super(personId, recordedAt);
        this.promId = Objects.requireNonNull(promId);
        this.answeredOn = Objects.requireNonNull(answeredOn);
        this.score = score;
        this.answers.putAll(answers);
    }

    String getPromId() {
        return promId;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    double getScore() {
        return score;
    }
}
