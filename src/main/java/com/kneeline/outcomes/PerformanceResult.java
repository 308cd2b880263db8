package com.kneeline.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One performance test on both legs on one day, and which leg is the involved one. */
@Entity
@Table(name = "outcome_performance_result")
class PerformanceResult extends OutcomeRecord {

    @Column(name = "test_id", nullable = false, length = 60)
    private String testId;

    @Column(name = "tested_on", nullable = false)
    private LocalDate testedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "involved_side", nullable = false, length = 5)
    private InvolvedSide involvedSide;

    @Column(name = "left_value", nullable = false)
    private double leftValue;

    @Column(name = "right_value", nullable = false)
    private double rightValue;

    protected PerformanceResult() {
        // for JPA
    }

    PerformanceResult(long personId, String testId, LocalDate testedOn, InvolvedSide involvedSide, double leftValue,
            double rightValue, Instant recordedAt) {
        super(personId, recordedAt);
        this.testId = Objects.requireNonNull(testId);
        this.testedOn = Objects.requireNonNull(testedOn);
        this.involvedSide = Objects.requireNonNull(involvedSide);
        this.leftValue = leftValue;
        this.rightValue = rightValue;
    }

    String getTestId() {
        return testId;
    }

    LocalDate getTestedOn() {
        return testedOn;
    }

    InvolvedSide getInvolvedSide() {
        return involvedSide;
    }

    double getLeftValue() {
        return leftValue;
    }

    double getRightValue() {
        return rightValue;
    }
}
