package com.kneeline.content.model;

/** The four pillars of a KneeLine programme. Education has no exercises; it is advice and, where needed, a referral. */
public enum Pillar {
    STRENGTH,
    MOBILITY,
    NEUROMUSCULAR,
    EDUCATION;
}
