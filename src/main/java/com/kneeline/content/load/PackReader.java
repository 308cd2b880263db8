package com.kneeline.content.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Validator;

import tools.jackson.databind.JsonNode;

/**
 * Reads the files of one pack: each is decoded, parsed and bound once, and its ids are collected straight from the
 * YAML (so an entry with a broken field still counts as existing and is not reported again as dangling). Problems go
 * into the shared list; the locations of bound records into the shared {@link Locations}.
 */
final class PackReader {

    static final String MANIFEST = "pack.yaml";

    private record RawId(String id, String file, int line) {
    }

    private final PackSource source;
    private final Validator validator;
    private final List<Problem> problems;
    private final Locations locations;
    private final Map<String, YamlDocument> docs = new LinkedHashMap<>();
    private final Map<String, List<RawId>> rawIds = new HashMap<>();
    /** Kinds whose file could not be parsed at all: their ids are unknown, so do not report them as dangling. */
    private final Set<String> unavailable = new HashSet<>();

    PackReader(PackSource source, Validator validator, List<Problem> problems, Locations locations) {
        this.source = source;
        this.validator = validator;
        this.problems = problems;
        this.locations = locations;
    }

    /** Reads, parses and binds one file; {@code manifestLine} is blamed when the manifest names a missing file. */
    <T> T bind(String path, int manifestLine, Class<T> type) {
        if (docs.containsKey(path)) {
            problems.add(new Problem(MANIFEST, manifestLine, "file '" + path + "' is named twice in the manifest"));
            return null;
        }
        YamlDocument doc = parse(path, manifestLine);
        return doc == null ? null : YamlBinder.bind(doc, type, validator, problems, locations);
    }

    /** The parsed file, or null after recording why it could not be read. */
    YamlDocument parse(String path, int manifestLine) {
        Optional<byte[]> bytes;
        try {
            bytes = source.read(path);
        } catch (IOException e) {
            problems.add(new Problem(path, 1, "cannot read the file: " + e.getMessage()));
            return null;
        }
        if (bytes.isEmpty()) {
            problems.add(path.equals(MANIFEST) && manifestLine == 0
                    ? new Problem(path, 1, "no " + MANIFEST + " in " + source.describe()
                            + " (every content pack needs this manifest naming its files)")
                    : new Problem(MANIFEST, Math.max(1, manifestLine), "file '" + path + "' not found in the pack"));
            return null;
        }
        String text;
        try {
            text = PackSource.decode(bytes.get());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(path, 1, "the file is not valid UTF-8 text"));
            return null;
        }
        YamlDocument doc = YamlDocument.parse(text, path, problems);
        if (doc != null) {
            docs.put(path, doc);
        }
        return doc;
    }

    YamlDocument document(String path) {
        return docs.get(path);
    }

    /** Collects the ids of the items of a top-level list, e.g. {@code exercises}. */
    void collectIds(String path, String listKey, String kind) {
        YamlDocument doc = docs.get(path);
        if (doc == null) {
            unavailable.add(kind);
            return;
        }
        addIds(doc, listKey, kind);
    }

    /** Collects the ids of lists one level down, e.g. the {@code inputs} of every test. */
    void collectNested(String path, String top, String listKey, String kind) {
        YamlDocument doc = docs.get(path);
        if (doc == null || !doc.root().isObject()) {
            unavailable.add(kind);
            return;
        }
        JsonNode topNode = doc.root().get(top);
        if (topNode != null && topNode.isArray()) {
            for (int i = 0; i < topNode.size(); i++) {
                addIds(doc, YamlDocument.child(YamlDocument.item(top, i), listKey), kind);
            }
        } else if (topNode != null) {
            addIds(doc, YamlDocument.child(top, listKey), kind);
        }
    }

    private void addIds(YamlDocument doc, String listPath, String kind) {
        JsonNode list = YamlBinder.nodeAt(doc.root(), listPath);
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i).get("id");
            if (id != null && id.isValueNode() && !id.isNull()) {
                String at = YamlDocument.child(YamlDocument.item(listPath, i), "id");
                rawIds.computeIfAbsent(kind, k -> new ArrayList<>()).add(new RawId(id.asString(), doc.file(), doc.line(at)));
            }
        }
    }

    void markUnavailable(String kind) {
        unavailable.add(kind);
    }

    boolean unavailable(String kind) {
        return unavailable.contains(kind);
    }

    /** The ids of a kind; when its file was unreadable (already reported) every id counts as known. */
    Set<String> known(String kind) {
        Set<String> ids = new LinkedHashSet<>();
        rawIds.getOrDefault(kind, List.of()).forEach(r -> ids.add(r.id()));
        return unavailable.contains(kind) ? new KnownAll(ids) : ids;
    }

    void reportDuplicates() {
        for (Map.Entry<String, List<RawId>> kind : new TreeMap<>(rawIds).entrySet()) {
            Map<String, RawId> first = new HashMap<>();
            for (RawId r : kind.getValue()) {
                RawId prev = first.putIfAbsent(r.id(), r);
                if (prev != null) {
                    problems.add(new Problem(r.file(), r.line(), "duplicate " + kind.getKey() + " id '" + r.id()
                            + "' (already defined at " + prev.file() + ":" + prev.line() + ")"));
                }
            }
        }
    }

    /** A set that contains everything, but iterates over the ids that were read. */
    private static final class KnownAll extends java.util.AbstractSet<String> {
        private final Set<String> ids;

        KnownAll(Set<String> ids) {
            this.ids = ids;
        }

        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return ids.iterator();
        }

        @Override
        public int size() {
            return ids.size();
        }
    }
}
