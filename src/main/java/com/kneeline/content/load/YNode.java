package com.kneeline.content.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML node with the line it starts on. We build our own small tree (instead of Jackson's JsonNode) because
 * every problem must be reported as file:line, and a missing key or bad value is only found after parsing.
 */
sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    int line();

    /** A word for messages, e.g. "a list". */
    String kind();

    record Entry(String key, int keyLine, YNode value) {
        /** Line to blame for the value: its own line, or the key's when the value is empty. */
        int valueLine() {
            return value instanceof YScalar s && s.value() == null ? keyLine : value.line();
        }
    }

    record YMap(int line, Map<String, Entry> entries) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        Entry entry(String key) {
            return entries.get(key);
        }

        YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public String kind() {
            return "a mapping";
        }
    }

    record YList(int line, List<YNode> items) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /** value is String, Boolean, Long, Double, BigInteger/BigDecimal or null (empty / ~). */
    record YScalar(int line, Object value) implements YNode {
        public String kind() {
            return value == null ? "an empty value" : "\"" + value + "\"";
        }
    }
}
