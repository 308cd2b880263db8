package com.kneeline.content.model;

import java.util.List;

/** Everything the progression engine needs; rep ranges come from each exercise's dosage. */
public record ProgressionRules(
        DoubleProgression doubleProgression,
        Effort effort,
        PainMonitoring painMonitoring,
        FormGate formGate,
        Deload deload,
        StretchDosage stretching,
        AdherenceRules adherence,
        @Opt List<Phase> phases) {

    public ProgressionRules {
        phases = List.copyOf(phases);
    }
}
