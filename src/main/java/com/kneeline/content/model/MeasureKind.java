package com.kneeline.content.model;

/** A numeric measure compares values; a pass-fail measure counts positive criteria. */
public enum MeasureKind {
    NUMERIC,
    PASS_FAIL;
}
