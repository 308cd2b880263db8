package com.kneeline.content.model;

/**
 * How soon a safety flag sends the person to the professional it names, as a concrete time frame. Flags at a level
 * that stops exercise say today, within a week or before exercising again; "within weeks" is only for flags that
 * let gentle exercise go on.
 */
public enum TimeFrame {
    TODAY,
    WITHIN_A_WEEK,
    BEFORE_EXERCISING,
    WITHIN_WEEKS;
}
