package com.kneeline.content.model;

/** How soon a safety-screen flag sends the person to a professional: acute = before any exercise, urgent = the same day, prompt = book soon. */
public enum FlagLevel {
    ACUTE,
    URGENT,
    PROMPT;
}
