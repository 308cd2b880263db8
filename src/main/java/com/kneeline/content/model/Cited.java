package com.kneeline.content.model;

import java.util.List;

/** An entry that cites sources by reference id, so the app can always show where a claim comes from. */
public interface Cited {
    String id();

    List<String> references();
}
