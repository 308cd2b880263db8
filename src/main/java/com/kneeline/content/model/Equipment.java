package com.kneeline.content.model;

/** Something an exercise needs beyond a floor, a wall and a chair. */
public record Equipment(String id, @MaxChars(40) String label, @Opt String description) {
}
