package com.kneeline.content.model;

/** Per side: the rule is checked for left and right separately and the finding is put on that side. Bilateral: checked once, finding applies to the person. */
public enum SideHandling {
    PER_SIDE,
    BILATERAL;
}
