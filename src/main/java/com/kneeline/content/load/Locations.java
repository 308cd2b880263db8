package com.kneeline.content.load;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each bound record came from (file and path), so the checks that run after binding can blame the right
 * file:line. Records are matched by identity: two equal records from different places stay apart.
 */
final class Locations {

    private record Place(YamlDocument doc, String path) {
    }

    private final Map<Object, Place> places = new IdentityHashMap<>();
    private final List<Problem> problems;

    Locations(List<Problem> problems) {
        this.problems = problems;
    }

    void put(Object rec, YamlDocument doc, String path) {
        places.put(rec, new Place(doc, path));
    }

    boolean has(Object rec) {
        return places.containsKey(rec);
    }

    /** The path of a bound record in its file, e.g. {@code exercises[3]}. */
    String path(Object rec) {
        return place(rec).path();
    }

    /** The line a record starts on. */
    int line(Object rec) {
        Place p = place(rec);
        return p.doc().line(p.path());
    }

    /** The line of {@code key}'s value inside the record, or the record's own line when the key is left out. */
    int line(Object rec, String key) {
        Place p = place(rec);
        return p.doc().line(YamlDocument.child(p.path(), key));
    }

    /** The line of the index-th item of the list under {@code key}. */
    int itemLine(Object rec, String key, int index) {
        Place p = place(rec);
        return p.doc().line(YamlDocument.item(YamlDocument.child(p.path(), key), index));
    }

    void at(Object rec, String key, String message) {
        problems.add(new Problem(place(rec).doc().file(), line(rec, key), message));
    }

    void atItem(Object rec, String key, int index, String message) {
        problems.add(new Problem(place(rec).doc().file(), itemLine(rec, key, index), message));
    }

    private Place place(Object rec) {
        Place p = places.get(rec);
        if (p == null) {
            throw new IllegalStateException("no origin for " + rec);
        }
        return p;
    }
}
