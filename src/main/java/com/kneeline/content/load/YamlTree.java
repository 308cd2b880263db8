package com.kneeline.content.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** Streams a YAML document through Jackson's YAML parser into a {@link YNode} tree that remembers lines. */
final class YamlTree {

    // The bare streaming factory: no databind needed, which keeps the first load (at start-up) quick.
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTree() {
    }

    /** Returns the root node, or null after recording a problem (syntax error, empty file). */
    static YNode parse(String text, String file, List<Problem> problems) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new Problem(file, 1, "the file is empty"));
                return null;
            }
            YNode root = read(p, file, problems);
            if (p.nextToken() != null) {
                problems.add(new Problem(file, line(p.currentTokenLocation()),
                        "only one YAML document per file is allowed"));
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            String msg = e.getOriginalMessage();
            // SnakeYAML messages repeat a location block after the first line; the first line says what is wrong.
            msg = msg == null ? "unreadable YAML" : msg.strip().lines().findFirst().orElse(msg).strip();
            problems.add(new Problem(file, line, "YAML syntax error: " + msg));
            return null;
        }
    }

    private static int line(TokenStreamLocation loc) {
        return loc == null ? 1 : Math.max(1, loc.getLineNr());
    }

    private static YNode read(JsonParser p, String file, List<Problem> problems) {
        JsonToken t = p.currentToken();
        int line = line(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                Map<String, YNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    p.nextToken();
                    YNode value = read(p, file, problems);
                    if (entries.containsKey(key)) {
                        problems.add(new Problem(file, keyLine, "duplicate key '" + key + "' (first at line "
                                + entries.get(key).keyLine() + ")"));
                    } else {
                        entries.put(key, new YNode.Entry(key, keyLine, value));
                    }
                }
                return new YNode.YMap(line, entries);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, problems));
                }
                return new YNode.YList(line, items);
            }
            case VALUE_STRING -> {
                return new YNode.YScalar(line, p.getString());
            }
            case VALUE_NUMBER_INT -> {
                Number n = p.getNumberValue();
                return new YNode.YScalar(line, n instanceof Integer i ? Long.valueOf(i) : n);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YNode.YScalar(line, p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return new YNode.YScalar(line, Boolean.TRUE);
            }
            case VALUE_FALSE -> {
                return new YNode.YScalar(line, Boolean.FALSE);
            }
            case VALUE_NULL -> {
                return new YNode.YScalar(line, null);
            }
            default -> {
                problems.add(new Problem(file, line, "unsupported YAML content (" + t + ")"));
                return new YNode.YScalar(line, null);
            }
        }
    }
}
