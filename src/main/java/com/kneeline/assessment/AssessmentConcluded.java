package com.kneeline.assessment;

/**
 * Published when an assessment completes or the safety screen stops it, inside the same transaction, so other
 * features (the tracker's referral rules) can react at once without the assessment feature depending on them.
 */
public record AssessmentConcluded(long ownerId, long assessmentId, AssessmentStatus status) {
}
