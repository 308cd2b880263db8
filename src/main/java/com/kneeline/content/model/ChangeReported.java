package com.kneeline.content.model;

import java.util.List;

/**
 * "I got hurt / something changed": what KneeLine says when a person reports a change mid-programme and none of
 * the safety-screen questions is answered yes. The programme pauses until they confirm the knee feels as before.
 */
public record ChangeReported(
        String professional,
        String advice,
        @MinItems(1) List<String> references,
        @Opt List<EvidenceMarker> evidence,
        @Opt String evidenceNote) implements Sourced {

    public ChangeReported {
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }
}
