package com.kneeline.content.model;

import java.util.List;

/** When to advise seeing a professional, and how to tell a real change from measurement noise. */
public record ReferralRules(
        RedFlagPolicy redFlags,
        PersistentPain persistentPain,
        MorningPain painNotSettling,
        FunctionalLimitation functionalLimitation,
        ChangeReported changeReported,
        NoProgress noProgress,
        Worsening worsening,
        Reassessment reassessment,
        @MinItems(1) List<Measure> measures) {

    public ReferralRules {
        measures = List.copyOf(measures);
    }
}
