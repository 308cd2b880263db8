package com.kneeline.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.WizardStep;

/**
 * Everything a screen needs about one assessment, detached from the persistence context: with the professional's
 * clearance it recorded after an earlier stop, and whether it stopped again for want of one.
 */
public record AssessmentDetails(long id, AssessmentStatus status, WizardStep currentStep, Instant startedAt,
                                Instant finishedAt, Answers answers, AboutYou aboutYou,
                                List<RecordedFinding> findings, List<SafetyFlag> raisedFlags,
                                Optional<Clearance> clearance, boolean awaitingClearance) {

    public AssessmentDetails {
        findings = List.copyOf(findings);
        raisedFlags = List.copyOf(raisedFlags);
    }
}
