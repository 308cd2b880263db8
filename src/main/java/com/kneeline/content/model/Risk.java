package com.kneeline.content.model;

/** Problems the articles link to persistent dynamic knee valgus; findings say which of them they feed. */
public enum Risk {
    ACL_INJURY,
    MCL_SPRAIN,
    MENISCUS_TEAR,
    PATELLOFEMORAL_PAIN,
    ITB_SYNDROME,
    ANKLE_FOOT_STRESS,
    HIP_PAIN,
    KNEE_OSTEOARTHRITIS,
    REDUCED_PERFORMANCE;
}
