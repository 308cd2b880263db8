package com.kneeline.assessment;

public enum AssessmentStatus {
    /** Being filled in; saved after every step so the person can leave and resume. */
    DRAFT,
    /** Finished: findings are recorded and nothing can change any more. */
    COMPLETED,
    /** The safety screen raised an acute or urgent flag: a professional must see the knee first. */
    STOPPED,
    /** Given up by the person; kept for the record, never resumed. */
    ABANDONED;

    public boolean isFinal() {
        return this != DRAFT;
    }
}
