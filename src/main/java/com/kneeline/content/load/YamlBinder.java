package com.kneeline.content.load;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;

import com.kneeline.content.model.Condition;

/**
 * Binds a {@link YamlDocument} onto a model record with Jackson databind (kebab-case keys and enum ids, unknown
 * keys rejected, no lenient coercions), then checks the records' Jakarta constraints with {@link RecordValidation}.
 * Jackson stops at the first error, but a pack author wants every problem at once: each error is recorded as
 * file:line (from the document's line index), the offending value is taken out of the tree, and binding runs again,
 * so one call reports every problem in the file. Records with a problem are left out of the result (their siblings
 * are still checked later); unknown keys are only reported.
 */
final class YamlBinder {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enumNamingStrategy(EnumNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // A list left out is empty (a required one is checked for presence by RecordValidation); an empty item,
            // already reported or taken out after a problem, is skipped so the record can still be built.
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.SKIP)))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new SimpleModule("kneeline-content")
                    .addDeserializer(String.class, new TextDeserializer())
                    .addDeserializer(Condition.class, new ConditionDeserializer()))
            .build();

    /** Binding attempts per file; each one takes a bad value out, so this bounds the problems listed per file. */
    private static final int MAX_ATTEMPTS = 500;

    private YamlBinder() {
    }

    /**
     * Binds a whole file onto {@code type}, reporting every problem into {@code problems} and remembering in
     * {@code locations} where each record came from. Returns null if the file as a whole could not be bound.
     * The validator is Spring's in the app (one less to start) or {@link RecordValidation#standalone()}.
     */
    static <T> T bind(YamlDocument doc, Class<T> type, Validator validator, List<Problem> problems,
            Locations locations) {
        if (!doc.root().isObject()) {
            problems.add(new Problem(doc.file(), doc.line(""), "the file must be a mapping of keys to values, not "
                    + kind(doc.root())));
            return null;
        }
        JsonNode tree = doc.root().deepCopy();
        Set<String> broken = new HashSet<>();
        reportEmptyItems(doc, tree, "", problems, broken);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            T value;
            try {
                value = MAPPER.treeToValue(tree, type);
            } catch (JacksonException e) {
                String path = path(e.getPath(), tree);
                if (path.isEmpty() || !report(doc, e, path, type, problems, broken)
                        || !takeOut(tree, path, typeAt(type, path), e instanceof UnrecognizedPropertyException)) {
                    if (path.isEmpty()) {
                        problems.add(new Problem(doc.file(), 1, "cannot read the file: " + e.getOriginalMessage()));
                    }
                    return null;
                }
                continue;
            }
            return new RecordValidation(validator, doc, tree, problems, locations, broken).check(value);
        }
        return null;
    }

    private static void reportEmptyItems(YamlDocument doc, JsonNode node, String path, List<Problem> problems,
            Set<String> broken) {
        if (node.isObject()) {
            node.properties().forEach(e -> reportEmptyItems(doc, e.getValue(), YamlDocument.child(path, e.getKey()),
                    problems, broken));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String item = YamlDocument.item(path, i);
                if (node.get(i).isNull()) {
                    problems.add(new Problem(doc.file(), doc.line(item), label(item) + " has no value"));
                    broken.add(item);
                }
                reportEmptyItems(doc, node.get(i), item, problems, broken);
            }
        }
    }

    /** Records the problem behind a binding error; false if it cannot be pinned to a value. */
    private static boolean report(YamlDocument doc, JacksonException e, String path, Class<?> root,
            List<Problem> problems, Set<String> broken) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ContentIssue issue) {
                for (ContentIssue.Issue i : issue.issues()) {
                    int line = i.key() == null || i.key().isEmpty() ? doc.line(path)
                            : doc.keyLine(YamlDocument.child(path, i.key()));
                    problems.add(new Problem(doc.file(), line, i.key() != null && i.key().isEmpty()
                            ? label(path) + " " + i.message() : i.message()));
                }
                broken.add(path);
                return true;
            }
            if (t instanceof IllegalArgumentException iae) {
                // A record's own constructor refused the values together, e.g. min above max.
                problems.add(new Problem(doc.file(), doc.line(path), iae.getMessage()));
                broken.add(path);
                return true;
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            problems.add(new Problem(doc.file(), doc.keyLine(path), "unknown key '" + u.getPropertyName()
                    + "' (allowed: " + keysOf(u.getReferringClass()) + ")"));
            return true;
        }
        Type type = typeAt(root, path);
        if (type == null) {
            return false;
        }
        JsonNode node = nodeAt(doc.root(), path);
        String key = path.substring(YamlDocument.parent(path).length()).replaceAll("^[.\\[]", "");
        if (node == null) {
            problems.add(new Problem(doc.file(), doc.line(YamlDocument.parent(path)), "missing required key '" + key + "'"));
        } else {
            problems.add(new Problem(doc.file(), node.isNull() ? doc.keyLine(path) : doc.line(path),
                    label(path) + " " + expectation(raw(type), node)));
        }
        broken.add(path);
        return true;
    }

    /** What was wrong with a value of the wrong type, in the pack author's words. */
    private static String expectation(Class<?> raw, JsonNode node) {
        if (node.isNull()) {
            return "has no value";
        }
        if (raw == String.class && node.isBoolean()) {
            return "must be text, not " + node.asString() + " (quote it)";
        }
        if (raw == String.class && node.isString() && node.asString().isBlank()) {
            return "must not be empty";
        }
        if (raw == List.class) {
            return "must be a list, not " + kind(node);
        }
        if (raw.isRecord()) {
            return "must be a mapping of keys to values, not " + kind(node);
        }
        return "must be " + expected(raw) + ", not " + kind(node);
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "text";
        }
        if (raw == int.class || raw == Integer.class) {
            return "a whole number";
        }
        if (raw == double.class || raw == Double.class) {
            return "a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw.isEnum()) {
            return "one of " + Names.choices(raw);
        }
        return "a single value";
    }

    /** A word for messages, e.g. "a list" or "\"three\"". */
    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isNull() ? "an empty value" : "\"" + node.asString() + "\"";
    }

    /** How to name the value at a path in messages: "'sets'", or "each item of 'cues'". */
    static String label(String path) {
        if (path.endsWith("]")) {
            String list = YamlDocument.parent(path);
            return "each item of '" + list.substring(YamlDocument.parent(list).length()).replaceAll("^\\.", "") + "'";
        }
        return "'" + path.substring(path.lastIndexOf('.') + 1) + "'";
    }

    /**
     * Takes a bad value out of the tree so the next attempt gets past it: a key is removed (a whole number, number
     * or true/false gets a stand-in, as the record is dropped anyway), a list item becomes empty.
     */
    private static boolean takeOut(JsonNode tree, String path, Type type, boolean unknownKey) {
        JsonNode parent = nodeAt(tree, YamlDocument.parent(path));
        String last = path.substring(YamlDocument.parent(path).length());
        if (parent instanceof ArrayNode list && last.startsWith("[")) {
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (index >= list.size() || list.get(index).isNull()) {
                return false;
            }
            list.set(index, JsonNodeFactory.instance.nullNode());
            return true;
        }
        if (!(parent instanceof ObjectNode map)) {
            return false;
        }
        String key = last.startsWith(".") ? last.substring(1) : last;
        Class<?> raw = type == null || unknownKey ? Object.class : raw(type);
        if (raw.isPrimitive()) {
            JsonNode standIn = raw == boolean.class ? JsonNodeFactory.instance.booleanNode(false)
                    : JsonNodeFactory.instance.numberNode(0);
            return !standIn.equals(map.replace(key, standIn));
        }
        return map.remove(key) != null;
    }

    static JsonNode nodeAt(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : steps(path)) {
            if (node == null) {
                return null;
            }
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step);
        }
        return node;
    }

    /** The declared Java type at a path below {@code root}, or null where no record component matches. */
    static Type typeAt(Class<?> root, String path) {
        Type type = root;
        for (String step : steps(path)) {
            Class<?> raw = raw(type);
            if (step.startsWith("[")) {
                if (raw != List.class) {
                    return null;
                }
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
            } else {
                RecordComponent c = raw.isRecord() ? component(raw, step) : null;
                if (c == null) {
                    return null;
                }
                type = c.getGenericType();
            }
        }
        return type;
    }

    static RecordComponent component(Class<?> record, String key) {
        return Arrays.stream(RecordValidation.components(record)).filter(c -> Names.kebab(c.getName()).equals(key))
                .findFirst().orElse(null);
    }

    static String keysOf(Class<?> type) {
        return type == null || !type.isRecord() ? "" : Arrays.stream(type.getRecordComponents())
                .map(c -> Names.kebab(c.getName())).collect(Collectors.joining(", "));
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static List<String> steps(String path) {
        return path.isEmpty() ? List.of() : Arrays.stream(path.replace("[", ".[").split("\\."))
                .filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The path of a binding error in the file. Jackson counts list items as it collects them, so after an empty item
     * it skipped, its index is the count of non-empty items before the failing one.
     */
    private static String path(List<JacksonException.Reference> refs, JsonNode tree) {
        String path = "";
        JsonNode node = tree;
        for (JacksonException.Reference r : refs) {
            if (r.getPropertyName() != null) {
                path = YamlDocument.child(path, r.getPropertyName());
                node = node == null ? null : node.get(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                int index = r.getIndex();
                for (int i = 0, seen = 0; node != null && node.isArray() && i < node.size(); i++) {
                    if (!node.get(i).isNull() && seen++ == r.getIndex()) {
                        index = i;
                        break;
                    }
                }
                path = YamlDocument.item(path, index);
                node = node == null ? null : node.get(index);
            }
        }
        return path;
    }
}
