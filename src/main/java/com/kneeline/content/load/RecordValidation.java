package com.kneeline.content.load;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import tools.jackson.databind.JsonNode;

import com.kneeline.content.model.Condition;
import com.kneeline.content.model.Span;

/**
 * The second half of binding: checks every bound record's Jakarta constraints with Hibernate Validator and that
 * required whole numbers, numbers, true/false values and lists were written out (Jackson would default them), words
 * each violation as file:line, drops records with a problem (rebuilding their parents without them, so siblings are
 * still checked) and remembers where every remaining record came from. Reflection results are cached per type.
 */
final class RecordValidation {

    private final Validator validator;
    private final YamlDocument doc;
    /** The tree as bound: items taken out after a problem are empty there, and Jackson skipped them. */
    private final JsonNode bound;
    private final List<Problem> problems;
    private final Locations locations;
    private final Set<String> broken;

    RecordValidation(Validator validator, YamlDocument doc, JsonNode bound, List<Problem> problems,
            Locations locations, Set<String> broken) {
        this.validator = validator;
        this.doc = doc;
        this.bound = bound;
        this.problems = problems;
        this.locations = locations;
        this.broken = broken;
    }

    <T> T check(T value) {
        validate(value, "");
        @SuppressWarnings("unchecked")
        T kept = (T) prune(value, "");
        return kept;
    }

    /**
     * A validator of its own for use outside Spring. Messages are worded here, so templates are never expanded;
     * {@link SpanBounds} comes in through META-INF/services, so Spring's validator knows it too.
     */
    static Validator standalone() {
        return Holder.VALIDATOR;
    }

    private static final class Holder {
        static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
                .messageInterpolator(new WordedElsewhere()).buildValidatorFactory().getValidator();
    }

    private void validate(Object o, String path) {
        if (o instanceof List<?> list) {
            int[] at = positions(path, list.size());
            for (int i = 0; i < list.size(); i++) {
                validate(list.get(i), YamlDocument.item(path, at[i]));
            }
        } else if (o != null && o.getClass().isRecord() && !(o instanceof Condition)) {
            Shape shape = SHAPES.get(o.getClass());
            RecordComponent[] components = shape.components();
            for (int i = 0; i < components.length; i++) {
                if (shape.written()[i]) {
                    present(YamlDocument.child(path, shape.keys()[i]));
                }
            }
            for (ConstraintViolation<Object> v : validator.validate(o)) {
                violation(v, YamlDocument.child(path, Names.kebab(v.getPropertyPath().toString())));
            }
            for (int i = 0; i < components.length; i++) {
                validate(value(components[i], o), YamlDocument.child(path, shape.keys()[i]));
            }
        }
    }

    private static boolean required(Class<?> record, RecordComponent c) {
        try {
            return record.getDeclaredField(c.getName()).isAnnotationPresent(NotNull.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value Jackson would have defaulted (0, false, an empty list) must be written out when it is required. */
    private void present(String path) {
        if (broken.contains(path)) {
            return;
        }
        JsonNode node = YamlBinder.nodeAt(doc.root(), path);
        if (node == null || node.isNull()) {
            missing(path, node);
        }
    }

    private void missing(String path, JsonNode node) {
        if (node == null) {
            problems.add(new Problem(doc.file(), doc.line(YamlDocument.parent(path)), "missing required key '"
                    + path.substring(path.lastIndexOf('.') + 1) + "'"));
        } else {
            problems.add(new Problem(doc.file(), doc.keyLine(path), YamlBinder.label(path) + " has no value"));
        }
        broken.add(path);
    }

    private void violation(ConstraintViolation<Object> v, String path) {
        if (broken.contains(path)) {
            return;
        }
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        Object value = v.getInvalidValue();
        String label = YamlBinder.label(path);
        if (a instanceof NotNull) {
            missing(path, YamlBinder.nodeAt(doc.root(), path));
        } else if (a instanceof Size size && value instanceof String s) {
            add(path, label + " must be at most " + size.max() + " characters, has " + s.length());
        } else if (a instanceof Size size && value instanceof List<?> l) {
            JsonNode written = YamlBinder.nodeAt(doc.root(), path);
            if (written != null && written.isArray() && written.size() >= size.min()) {
                return; // enough items were written; the missing ones had problems of their own
            }
            add(path, label + " needs at least " + size.min() + " item(s), has " + l.size());
        } else if (a instanceof Min || a instanceof Max || a instanceof DecimalMin || a instanceof DecimalMax) {
            double[] bounds = bounds(v.getLeafBean().getClass(), v.getPropertyPath().toString());
            String between = " must be between " + Names.fmt(bounds[0]) + " and " + Names.fmt(bounds[1]) + ", not ";
            if (value instanceof Span span) {
                // The bounds of a range hold for both of its ends; blame the end that is out.
                if (span.lower() < bounds[0] || span.lower() > bounds[1]) {
                    add(YamlDocument.child(path, "min"), "'min'" + between + Names.fmt(span.lower()));
                }
                if (span.upper() < bounds[0] || span.upper() > bounds[1]) {
                    add(YamlDocument.child(path, "max"), "'max'" + between + Names.fmt(span.upper()));
                }
            } else {
                add(path, label + between + Names.fmt(((Number) value).doubleValue()));
            }
            broken.add(path);
        } else {
            add(path, label + " does not meet @" + a.annotationType().getSimpleName());
            broken.add(path);
        }
    }

    private void add(String path, String message) {
        Problem p = new Problem(doc.file(), doc.line(path), message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    /** The lower and upper bound declared on a component, whichever annotations declare them. */
    private static double[] bounds(Class<?> record, String component) {
        double[] b = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        Annotation[] declared;
        try {
            // Jakarta constraints do not target record components, so they are kept on the record's fields.
            declared = record.getDeclaredField(component).getAnnotations();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        for (Annotation a : declared) {
            switch (a) {
                case Min min -> b[0] = min.value();
                case Max max -> b[1] = max.value();
                case DecimalMin min -> b[0] = Double.parseDouble(min.value());
                case DecimalMax max -> b[1] = Double.parseDouble(max.value());
                default -> {
                }
            }
        }
        return b;
    }

    /** Where each item of a bound list stands in the file's list, counting the empty items Jackson skipped. */
    private int[] positions(String path, int size) {
        int[] at = new int[size];
        JsonNode list = YamlBinder.nodeAt(bound, path);
        int k = 0;
        for (int i = 0; list != null && list.isArray() && i < list.size() && k < size; i++) {
            if (!list.get(i).isNull()) {
                at[k++] = i;
            }
        }
        for (; k < size; k++) {
            at[k] = k; // not a list the file spells out (e.g. built by a record); keep the order
        }
        return at;
    }

    /**
     * Leaves out what has a problem: a broken record is dropped, a list keeps its good items (so their checks still
     * run), and a record whose list lost items is rebuilt without them. Unchanged records are kept as they are.
     */
    private Object prune(Object o, String path) {
        if (broken.contains(path)) {
            return null;
        }
        if (o instanceof List<?> list) {
            List<Object> kept = new ArrayList<>();
            int[] at = positions(path, list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                Object item = prune(list.get(i), YamlDocument.item(path, at[i]));
                changed |= item != list.get(i) || item == null;
                if (item != null) {
                    kept.add(item);
                }
            }
            JsonNode written = YamlBinder.nodeAt(bound, path);
            // Items Jackson skipped were taken out after a problem; a list left with none is as broken as they are.
            boolean lost = changed || written != null && written.isArray() && written.size() > list.size();
            return !lost ? list : kept.isEmpty() ? null : changed ? List.copyOf(kept) : list;
        }
        if (o == null || !o.getClass().isRecord()) {
            return o;
        }
        if (o instanceof Condition) {
            locations.put(o, doc, path);
            return o;
        }
        RecordComponent[] components = SHAPES.get(o.getClass()).components();
        Object[] args = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object before = value(components[i], o);
            String at = YamlDocument.child(path, Names.kebab(components[i].getName()));
            args[i] = prune(before, at);
            if (args[i] == null && (before != null || broken.contains(at))) {
                return null;
            }
            changed |= args[i] != before;
        }
        Object kept = changed ? rebuild(o.getClass(), components, args) : o;
        if (kept != null) {
            locations.put(kept, doc, path); // the path in the file, even when earlier siblings were dropped
        }
        return kept;
    }

    private static Object rebuild(Class<?> type, RecordComponent[] components, Object[] args) {
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            return null; // the record refuses the remaining values; its problem is already reported
        }
    }

    /** Per record type: its components, their keys, whether each must be written out, and their accessors. */
    private record Shape(RecordComponent[] components, String[] keys, boolean[] written,
            Map<RecordComponent, Method> accessors) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] keys = new String[components.length];
            boolean[] written = new boolean[components.length];
            Map<RecordComponent, Method> accessors = new HashMap<>();
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                keys[i] = Names.kebab(c.getName());
                written[i] = c.getType().isPrimitive() || c.getType() == List.class && required(type, c);
                Method m = c.getAccessor();
                m.setAccessible(true);
                accessors.put(c, m);
            }
            return new Shape(components, keys, written, accessors);
        }
    };

    static RecordComponent[] components(Class<?> record) {
        return SHAPES.get(record).components();
    }

    static Object value(RecordComponent c, Object record) {
        try {
            return SHAPES.get(record.getClass()).accessors().get(c).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Violations are worded by {@link #violation}, so the message templates are never expanded. */
    private static final class WordedElsewhere implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, java.util.Locale locale) {
            return template;
        }
    }
}
