package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** When to advise seeing a professional, and how to tell a real change from measurement noise. */
public record ReferralRules(
        @NotNull RedFlagPolicy redFlags,
        @NotNull PersistentPain persistentPain,
        @NotNull MorningPain painNotSettling,
        @NotNull FunctionalLimitation functionalLimitation,
        @NotNull ChangeReported changeReported,
        @NotNull NoProgress noProgress,
        @NotNull Worsening worsening,
        @NotNull Reassessment reassessment,
        @NotNull @Size(min = 1) List<Measure> measures) {

    public ReferralRules {
        measures = List.copyOf(measures);
    }
}
