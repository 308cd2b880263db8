package com.kneeline.content.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** A source the pack cites. {@code source} is the journal (with volume/pages) or publisher; url is optional. */
public record Reference(
        @NotNull String id,
        @NotNull String authors,
        @Min(1900) @Max(2100) Integer year,
        @NotNull String title,
        String source,
        String url,
        List<EvidenceMarker> evidence,
        String note) {

    public Reference {
        evidence = List.copyOf(evidence);
    }
}
