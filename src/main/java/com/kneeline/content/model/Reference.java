package com.kneeline.content.model;

import java.util.List;

/** A source the pack cites. {@code source} is the journal (with volume/pages) or publisher; url is optional. */
public record Reference(
        String id,
        String authors,
        @Opt @Range(min = 1900, max = 2100) Integer year,
        String title,
        @Opt String source,
        @Opt String url,
        @Opt List<EvidenceMarker> evidence,
        @Opt String note) {

    public Reference {
        evidence = List.copyOf(evidence);
    }
}
