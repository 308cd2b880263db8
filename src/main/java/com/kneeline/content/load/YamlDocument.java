package com.kneeline.content.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * One YAML file read into Jackson's tree, plus the line of every key and value. Jackson's tree forgets where a
 * node came from, and every problem must be reported as file:line, so the one streaming pass that builds the tree
 * also records a path → line index. Paths are written like {@code exercises[3].dosage.sets}, with the YAML keys.
 *
 * @param root  the document
 * @param lines the line each path's value starts on
 * @param keys  the line each path's key is on (absent for list items and the root)
 */
record YamlDocument(String file, JsonNode root, Map<String, Integer> lines, Map<String, Integer> keys) {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Returns the document, or null after recording a problem (syntax error, empty file, duplicate key...). */
    static YamlDocument parse(String text, String file, List<Problem> problems) {
        YamlDocument doc = new YamlDocument(file, null, new HashMap<>(), new HashMap<>());
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() == null) {
                problems.add(new Problem(file, 1, "the file is empty"));
                return null;
            }
            JsonNode root = doc.read(p, "", problems);
            if (p.nextToken() != null) {
                problems.add(new Problem(file, line(p.currentTokenLocation()), "only one YAML document per file is allowed"));
            }
            return new YamlDocument(file, root, doc.lines, doc.keys);
        } catch (JacksonException e) {
            String msg = e.getOriginalMessage();
            // SnakeYAML messages repeat a location block after the first line; the first line says what is wrong.
            msg = msg == null ? "unreadable YAML" : msg.strip().lines().findFirst().orElse(msg).strip();
            problems.add(new Problem(file, line(e.getLocation()), "YAML syntax error: " + msg));
            return null;
        }
    }

    /** The line of the value at {@code path}, or of the nearest enclosing value that is there. */
    int line(String path) {
        for (String p = path; ; p = parent(p)) {
            Integer line = lines.get(p);
            if (line != null || p.isEmpty()) {
                return line == null ? 1 : line;
            }
        }
    }

    /** The line of the key of {@code path}, falling back to its value's line. */
    int keyLine(String path) {
        return keys.getOrDefault(path, line(path));
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static int line(TokenStreamLocation loc) {
        return loc == null ? 1 : Math.max(1, loc.getLineNr());
    }

    private JsonNode read(JsonParser p, String path, List<Problem> problems) {
        int line = line(p.currentTokenLocation());
        lines.put(path, line);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                ObjectNode map = NODES.objectNode();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    String at = child(path, key);
                    p.nextToken();
                    if (map.has(key)) {
                        problems.add(new Problem(file, keyLine, "duplicate key '" + key + "' (first at line "
                                + keys.get(at) + ")"));
                        p.skipChildren();
                        continue;
                    }
                    keys.put(at, keyLine);
                    JsonNode value = read(p, at, problems);
                    if (value.isNull()) {
                        lines.put(at, keyLine); // an empty value is blamed on its key's line
                    }
                    map.set(key, value);
                }
                return map;
            }
            case START_ARRAY -> {
                ArrayNode list = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, item(path, list.size()), problems));
                }
                return list;
            }
            case VALUE_STRING -> {
                return NODES.stringNode(p.getString());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.INT ? NODES.numberNode(p.getIntValue())
                        : p.getNumberType() == JsonParser.NumberType.LONG ? NODES.numberNode(p.getLongValue())
                        : NODES.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                problems.add(new Problem(file, line, "unsupported YAML content (" + t + ")"));
                return NODES.nullNode();
            }
        }
    }
}
