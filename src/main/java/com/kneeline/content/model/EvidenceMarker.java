package com.kneeline.content.model;

/** How firmly a value or claim is backed, so the app never presents a default as established fact. */
public enum EvidenceMarker {
    UNVERIFIED,
    SECONDARY,
    UNVERIFIED_DEFAULT,
    UNVERIFIED_AUTHORSHIP,
    UNVERIFIED_ATTRIBUTION,
    EXTRAPOLATED;
}
