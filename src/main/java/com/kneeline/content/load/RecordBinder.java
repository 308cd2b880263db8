package com.kneeline.content.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.kneeline.content.model.AsymmetryMeasure;
import com.kneeline.content.model.Comparison;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.IntRange;
import com.kneeline.content.model.MaxChars;
import com.kneeline.content.model.MinItems;
import com.kneeline.content.model.NumberRange;
import com.kneeline.content.model.Opt;
import com.kneeline.content.model.Range;
import com.kneeline.content.model.WorseSide;

/**
 * Binds a {@link YNode} tree onto the model records by reflection. Keys are the kebab-case form of the record
 * components; unknown keys, missing keys, wrong types and out-of-range values are recorded as problems (never
 * thrown) so that one pass reports everything. It also remembers which YAML mapping each record came from, so the
 * semantic checks that run later can point at the right line.
 */
final class RecordBinder {

    private final String file;
    private final List<Problem> problems;
    private final Map<Object, Origin> origins;

    RecordBinder(String file, List<Problem> problems, Map<Object, Origin> origins) {
        this.file = file;
        this.problems = problems;
        this.origins = origins;
    }

    /** Where a bound record came from. */
    record Origin(String file, YNode.YMap map) {
    }

    String file() {
        return file;
    }

    void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }

    /** Binds a whole file onto a record type; null if it could not be bound. */
    <T> T bindRoot(YNode root, Class<T> type) {
        return type.cast(read(root, type, null, "the file", root.line()));
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String enumId(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * @param label how to name the value in messages, e.g. "'sets'"
     * @param line  the line to blame when the value itself is empty
     */
    private Object read(YNode node, Type type, Ann rc, String label, int line) {
        Class<?> raw = raw(type);
        if (node instanceof YNode.YScalar s && s.value() == null && raw != Object.class) {
            problem(line, label + " has no value");
            return null;
        }
        if (raw == Condition.class) {
            return readCondition(node, label);
        }
        if (raw.isRecord()) {
            return readRecord(node, raw, rc, label);
        }
        if (raw == List.class) {
            if (!(node instanceof YNode.YList list)) {
                problem(node.line(), label + " must be a list, not " + node.kind());
                return null;
            }
            Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            boolean ok = true;
            for (YNode item : list.items()) {
                Object v = read(item, elem, null, "each item of " + label, item.line());
                if (v == null) {
                    ok = false;
                } else {
                    out.add(v);
                }
            }
            MinItems min = rc == null ? null : rc.minItems();
            if (min != null && list.items().size() < min.value()) {
                problem(node.line(), label + " needs at least " + min.value() + " item(s), has " + list.items().size());
            }
            // A list with a broken item is still returned without it, so its siblings get checked too.
            return ok || !out.isEmpty() ? out : (list.items().isEmpty() ? out : null);
        }
        if (!(node instanceof YNode.YScalar scalar)) {
            problem(node.line(), label + " must be " + expected(raw) + ", not " + node.kind());
            return null;
        }
        Object v = scalar.value();
        Range range = rc == null ? null : rc.range();
        if (raw == String.class) {
            if (v instanceof Boolean) {
                problem(node.line(), label + " must be text, not " + v + " (quote it)");
                return null;
            }
            String s = v.toString().strip();
            if (s.isEmpty()) {
                problem(node.line(), label + " must not be empty");
                return null;
            }
            MaxChars max = rc == null ? null : rc.maxChars();
            if (max != null && s.length() > max.value()) {
                problem(node.line(), label + " must be at most " + max.value() + " characters, has " + s.length());
            }
            return s;
        }
        if (raw == int.class || raw == Integer.class) {
            if (!(v instanceof Long || v instanceof BigInteger)
                    || ((Number) v).longValue() != ((Number) v).intValue()) {
                problem(node.line(), label + " must be a whole number, not " + scalar.kind());
                return null;
            }
            int i = ((Number) v).intValue();
            return checkRange(i, range, label, node.line()) ? i : null;
        }
        if (raw == double.class || raw == Double.class) {
            if (!(v instanceof Number n) || v instanceof BigDecimal) {
                problem(node.line(), label + " must be a number, not " + scalar.kind());
                return null;
            }
            double d = n.doubleValue();
            return checkRange(d, range, label, node.line()) ? d : null;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (!(v instanceof Boolean)) {
                problem(node.line(), label + " must be true or false, not " + scalar.kind());
                return null;
            }
            return v;
        }
        if (raw.isEnum()) {
            for (Object c : raw.getEnumConstants()) {
                if (enumId((Enum<?>) c).equals(v.toString())) {
                    return c;
                }
            }
            problem(node.line(), label + " must be one of " + choices(raw) + ", not " + scalar.kind());
            return null;
        }
        if (raw == Object.class) {
            return v;
        }
        throw new IllegalStateException("no YAML binding for " + type);
    }

    private boolean checkRange(double value, Range range, String label, int line) {
        if (range != null && (value < range.min() || value > range.max())) {
            problem(line, label + " must be between " + fmt(range.min()) + " and " + fmt(range.max()) + ", not "
                    + fmt(value));
            return false;
        }
        return true;
    }

    private Object readRecord(YNode node, Class<?> type, Ann parent, String label) {
        if (!(node instanceof YNode.YMap map)) {
            problem(node.line(), label + " must be a mapping of keys to values, not " + node.kind());
            return null;
        }
        Meta meta = META.get(type);
        RecordComponent[] components = meta.components();
        List<String> keys = meta.keys();
        for (YNode.Entry e : map.entries().values()) {
            if (!keys.contains(e.key())) {
                problem(e.keyLine(), "unknown key '" + e.key() + "' (allowed: " + String.join(", ", keys) + ")");
            }
        }
        // Ranges on a bounded-range component (e.g. reps: {min, max}) apply to both of its ends.
        Range inherited = parent != null && (type == IntRange.class || type == NumberRange.class)
                ? parent.range() : null;
        Object[] args = new Object[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = keys.get(i);
            YNode.Entry e = map.entry(key);
            boolean optional = c.isAnnotationPresent(Opt.class);
            if (e == null) {
                if (!optional) {
                    problem(map.line(), "missing required key '" + key + "'");
                    ok = false;
                } else if (c.getType() == List.class) {
                    args[i] = List.of();
                }
                continue;
            }
            Ann ann = meta.anns().get(i);
            if (inherited != null && ann.range() == null) {
                ann = new Ann(inherited, ann.minItems(), ann.maxChars());
            }
            Object v = read(e.value(), c.getGenericType(), ann, "'" + key + "'", e.keyLine());
            if (v == null) {
                ok = false;
            }
            args[i] = v;
        }
        if (!ok) {
            return null;
        }
        try {
            Object record = meta.ctor().newInstance(args);
            origins.put(record, new Origin(file, map));
            return record;
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof IllegalArgumentException iae) {
                problem(map.line(), iae.getMessage());
                return null;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), ex);
        }
    }

    /** Reflection results per record type, computed once: reflection is the slow part of loading. */
    record Meta(RecordComponent[] components, List<String> keys, List<Ann> anns, Constructor<?> ctor,
            List<java.lang.reflect.Method> accessors) {
    }

    static final ClassValue<Meta> META = new ClassValue<>() {
        @Override
        protected Meta computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> ctor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                ctor.setAccessible(true);
                List<java.lang.reflect.Method> accessors = Arrays.stream(components).map(c -> {
                    java.lang.reflect.Method m = c.getAccessor();
                    m.setAccessible(true);
                    return m;
                }).toList();
                return new Meta(components, Arrays.stream(components).map(c -> kebab(c.getName())).toList(),
                        Arrays.stream(components).map(Ann::of).toList(), ctor, accessors);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    /** The schema annotations of one record component. */
    record Ann(Range range, MinItems minItems, MaxChars maxChars) {
        static Ann of(RecordComponent c) {
            return new Ann(c.getAnnotation(Range.class), c.getAnnotation(MinItems.class), c.getAnnotation(MaxChars.class));
        }
    }

    private Object readCondition(YNode node, String label) {
        if (!(node instanceof YNode.YMap map)) {
            problem(node.line(), label + " must be a mapping such as {input: x, equals: true}, not " + node.kind());
            return null;
        }
        List<String> allowed;
        Object result;
        if (map.entry("count-true-of") != null) {
            allowed = List.of("count-true-of", "at-least");
            List<String> of = readStrings(map, "count-true-of");
            Integer atLeast = readInt(map, "at-least");
            result = of == null || atLeast == null ? null : new Condition.CountTrue(of, atLeast);
        } else if (map.entry("asymmetry-of") != null) {
            allowed = List.of("asymmetry-of", "at-least", "worse", "measure");
            String input = readString(map, "asymmetry-of");
            Double atLeast = readDouble(map, "at-least");
            WorseSide worse = readEnum(map, "worse", WorseSide.class, true);
            AsymmetryMeasure measure = map.entry("measure") == null ? AsymmetryMeasure.ABSOLUTE
                    : readEnum(map, "measure", AsymmetryMeasure.class, true);
            result = input == null || atLeast == null || worse == null || measure == null ? null
                    : new Condition.Asymmetry(input, atLeast, worse, measure);
        } else if (map.entry("input") != null) {
            List<String> operators = List.of("equals", "below", "above", "at-most", "at-least");
            List<String> present = operators.stream().filter(o -> map.entry(o) != null).toList();
            allowed = new ArrayList<>(List.of("input"));
            String input = readString(map, "input");
            if (present.size() != 1) {
                problem(map.line(), "a condition on 'input' needs exactly one of " + String.join(", ", operators)
                        + (present.isEmpty() ? "" : " (found " + String.join(", ", present) + ")"));
                allowed.addAll(operators);
                result = null;
            } else {
                String op = present.getFirst();
                allowed.add(op);
                if (op.equals("equals")) {
                    YNode.Entry e = map.entry(op);
                    if (!(e.value() instanceof YNode.YScalar s) || s.value() == null) {
                        problem(e.valueLine(), "'equals' must be true, false, a number or a choice id");
                        result = null;
                    } else {
                        Object v = s.value() instanceof Number n ? (Object) n.doubleValue() : s.value();
                        result = input == null ? null : new Condition.Equals(input, v);
                    }
                } else {
                    Double value = readDouble(map, op);
                    Comparison cmp = Comparison.valueOf(op.toUpperCase(Locale.ROOT).replace('-', '_'));
                    result = input == null || value == null ? null : new Condition.Compare(input, cmp, value);
                }
            }
        } else if (map.entry("age-at-least") != null || map.entry("age-below") != null) {
            String key = map.entry("age-at-least") != null ? "age-at-least" : "age-below";
            allowed = List.of(key);
            Integer years = readInt(map, key);
            if (years != null && (years < 1 || years > 120)) {
                problem(map.entry(key).valueLine(), "'" + key + "' must be between 1 and 120 years, not " + years);
                years = null;
            }
            result = years == null ? null : new Condition.Age(key.equals("age-below") ? Comparison.BELOW
                    : Comparison.AT_LEAST, years);
        } else {
            problem(map.line(), "a condition needs one of 'input', 'asymmetry-of', 'count-true-of', 'age-at-least' or"
                    + " 'age-below'");
            return null;
        }
        for (YNode.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                problem(e.keyLine(), "key '" + e.key() + "' does not fit this condition (allowed here: "
                        + String.join(", ", allowed) + ")");
                result = null;
            }
        }
        if (result != null) {
            origins.put(result, new Origin(file, map));
        }
        return result;
    }

    private String readString(YNode.YMap map, String key) {
        YNode.Entry e = map.entry(key);
        if (e == null) {
            problem(map.line(), "missing required key '" + key + "'");
            return null;
        }
        return (String) read(e.value(), String.class, null, "'" + key + "'", e.keyLine());
    }

    private Integer readInt(YNode.YMap map, String key) {
        YNode.Entry e = map.entry(key);
        if (e == null) {
            problem(map.line(), "missing required key '" + key + "'");
            return null;
        }
        return (Integer) read(e.value(), Integer.class, null, "'" + key + "'", e.keyLine());
    }

    private Double readDouble(YNode.YMap map, String key) {
        YNode.Entry e = map.entry(key);
        if (e == null) {
            problem(map.line(), "missing required key '" + key + "'");
            return null;
        }
        return (Double) read(e.value(), Double.class, null, "'" + key + "'", e.keyLine());
    }

    private <E extends Enum<E>> E readEnum(YNode.YMap map, String key, Class<E> type, boolean required) {
        YNode.Entry e = map.entry(key);
        if (e == null) {
            if (required) {
                problem(map.line(), "missing required key '" + key + "'");
            }
            return null;
        }
        return type.cast(read(e.value(), type, null, "'" + key + "'", e.keyLine()));
    }

    @SuppressWarnings("unchecked")
    private List<String> readStrings(YNode.YMap map, String key) {
        YNode.Entry e = map.entry(key);
        Type listOfString;
        try {
            listOfString = RecordBinder.class.getDeclaredField("STRING_LIST").getGenericType();
        } catch (NoSuchFieldException ex) {
            throw new IllegalStateException(ex);
        }
        return (List<String>) read(e.value(), listOfString, null, "'" + key + "'", e.keyLine());
    }

    @SuppressWarnings("unused")
    private static final List<String> STRING_LIST = List.of();

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
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
            return "one of " + choices(raw);
        }
        return "a single value";
    }

    static String choices(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> enumId((Enum<?>) c))
                .collect(Collectors.joining(", "));
    }
}
