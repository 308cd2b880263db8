package com.kneeline.content.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

import com.kneeline.content.model.AsymmetryMeasure;
import com.kneeline.content.model.Comparison;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.WorseSide;

/**
 * Reads one of the closed set of {@link Condition} shapes. The shape is chosen by which key is there (input,
 * asymmetry-of, count-true-of, age-at-least, age-below), so Jackson's type ids do not fit; every problem of the
 * condition is collected into one {@link ContentIssue}.
 */
final class ConditionDeserializer extends ValueDeserializer<Condition> {

    private static final List<String> OPERATORS = List.of("equals", "below", "above", "at-most", "at-least");

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode map = ctxt.readTree(p);
        if (!map.isObject()) {
            throw new ContentIssue(List.of(new ContentIssue.Issue("", "must be a mapping such as {input: x, equals:"
                    + " true}, not " + YamlBinder.kind(map))));
        }
        return new Reading(map).read();
    }

    private static final class Reading {
        private final JsonNode map;
        private final List<ContentIssue.Issue> issues = new ArrayList<>();

        Reading(JsonNode map) {
            this.map = map;
        }

        Condition read() {
            List<String> allowed = new ArrayList<>();
            Condition result = null;
            if (map.has("count-true-of")) {
                allowed.addAll(List.of("count-true-of", "at-least"));
                List<String> of = strings("count-true-of");
                Integer atLeast = whole("at-least");
                result = of == null || atLeast == null ? null : new Condition.CountTrue(of, atLeast);
            } else if (map.has("asymmetry-of")) {
                allowed.addAll(List.of("asymmetry-of", "at-least", "worse", "measure"));
                String input = text("asymmetry-of");
                Double atLeast = number("at-least");
                WorseSide worse = choice("worse", WorseSide.class);
                AsymmetryMeasure measure = map.has("measure") ? choice("measure", AsymmetryMeasure.class)
                        : AsymmetryMeasure.ABSOLUTE;
                result = input == null || atLeast == null || worse == null || measure == null ? null
                        : new Condition.Asymmetry(input, atLeast, worse, measure);
            } else if (map.has("input")) {
                result = inputCondition(allowed);
            } else if (map.has("age-at-least") || map.has("age-below")) {
                String key = map.has("age-at-least") ? "age-at-least" : "age-below";
                allowed.add(key);
                Integer years = whole(key);
                if (years != null && (years < 1 || years > 120)) {
                    issue(key, "'" + key + "' must be between 1 and 120 years, not " + years);
                    years = null;
                }
                result = years == null ? null
                        : new Condition.Age(key.equals("age-below") ? Comparison.BELOW : Comparison.AT_LEAST, years);
            } else {
                issue(null, "a condition needs one of 'input', 'asymmetry-of', 'count-true-of', 'age-at-least' or"
                        + " 'age-below'");
            }
            for (String key : map.propertyNames()) {
                if (!allowed.isEmpty() && !allowed.contains(key)) {
                    issue(key, "key '" + key + "' does not fit this condition (allowed here: "
                            + String.join(", ", allowed) + ")");
                }
            }
            if (!issues.isEmpty() || result == null) {
                throw new ContentIssue(issues.isEmpty() ? List.of(new ContentIssue.Issue(null, "invalid condition"))
                        : issues);
            }
            return result;
        }

        private Condition inputCondition(List<String> allowed) {
            List<String> present = OPERATORS.stream().filter(map::has).toList();
            allowed.add("input");
            String input = text("input");
            if (present.size() != 1) {
                issue(null, "a condition on 'input' needs exactly one of " + String.join(", ", OPERATORS)
                        + (present.isEmpty() ? "" : " (found " + String.join(", ", present) + ")"));
                allowed.addAll(OPERATORS);
                return null;
            }
            String op = present.getFirst();
            allowed.add(op);
            if (op.equals("equals")) {
                JsonNode v = map.get(op);
                if (!(v.isString() || v.isNumber() || v.isBoolean())) {
                    issue(op, "'equals' must be true, false, a number or a choice id");
                    return null;
                }
                Object value = v.isNumber() ? (Object) v.doubleValue() : v.isBoolean() ? v.booleanValue() : v.asString();
                return input == null ? null : new Condition.Equals(input, value);
            }
            Double value = number(op);
            Comparison cmp = Comparison.valueOf(op.toUpperCase(Locale.ROOT).replace('-', '_'));
            return input == null || value == null ? null : new Condition.Compare(input, cmp, value);
        }

        private void issue(String key, String message) {
            issues.add(new ContentIssue.Issue(key, message));
        }

        private JsonNode value(String key) {
            JsonNode v = map.get(key);
            if (v == null) {
                issue(null, "missing required key '" + key + "'");
            } else if (v.isNull()) {
                issue(key, "'" + key + "' has no value");
                return null;
            }
            return v;
        }

        private String text(String key) {
            JsonNode v = value(key);
            if (v == null) {
                return null;
            }
            if (!v.isValueNode() || v.isBoolean() || v.asString().isBlank()) {
                issue(key, "'" + key + "' must be text, not " + YamlBinder.kind(v));
                return null;
            }
            return v.asString().strip();
        }

        private Integer whole(String key) {
            JsonNode v = value(key);
            if (v != null && !(v.isIntegralNumber() && v.canConvertToInt())) {
                issue(key, "'" + key + "' must be a whole number, not " + YamlBinder.kind(v));
                return null;
            }
            return v == null ? null : v.intValue();
        }

        private Double number(String key) {
            JsonNode v = value(key);
            if (v != null && !v.isNumber()) {
                issue(key, "'" + key + "' must be a number, not " + YamlBinder.kind(v));
                return null;
            }
            return v == null ? null : v.doubleValue();
        }

        private <E extends Enum<E>> E choice(String key, Class<E> type) {
            JsonNode v = value(key);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (v.isString() && Names.enumId(e).equals(v.asString())) {
                    return e;
                }
            }
            issue(key, "'" + key + "' must be one of " + Names.choices(type) + ", not " + YamlBinder.kind(v));
            return null;
        }

        private List<String> strings(String key) {
            JsonNode v = value(key);
            if (v == null) {
                return null;
            }
            if (!v.isArray()) {
                issue(key, "'" + key + "' must be a list, not " + YamlBinder.kind(v));
                return null;
            }
            List<String> out = new ArrayList<>();
            v.forEach(item -> out.add(item.isValueNode() ? item.asString().strip() : ""));
            if (out.contains("")) {
                issue(key, "each item of '" + key + "' must be text");
                return null;
            }
            return out;
        }
    }
}
