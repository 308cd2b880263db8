package com.kneeline.tracking;

/**
 * A main outcome of the person's was just recorded outside an assessment (a questionnaire answered): the referral
 * rules are evaluated again at once, as after a session or a check-in. Published by the feature that records it.
 */
public record MainOutcomeRecorded(long personId) {
}
