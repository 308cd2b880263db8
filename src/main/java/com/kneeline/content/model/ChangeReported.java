package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * "I got hurt / something changed": what KneeLine says when a person reports a change mid-programme and none of
 * the safety-screen questions is answered yes. The programme pauses until they confirm the knee feels as before.
 */
public record ChangeReported(
        @NotNull String professional,
        @NotNull String advice,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Sourced {

    public ChangeReported {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
