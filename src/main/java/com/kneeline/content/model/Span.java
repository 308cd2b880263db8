package com.kneeline.content.model;

/** A closed range of numbers; bounds declared on a span (e.g. {@code @DecimalMax("10")}) apply to both ends. */
public interface Span {
    double lower();

    double upper();
}
