package com.kneeline.content.model;

import java.util.List;

/** A rule block that carries its sources and evidence markers. */
public interface Sourced {
    List<String> references();

    List<EvidenceMarker> evidence();
}
