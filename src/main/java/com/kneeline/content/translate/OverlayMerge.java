package com.kneeline.content.translate;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import com.kneeline.content.load.Problem;

/**
 * Lays one translation overlay over one pack file. The overlay has the file's shape, but a list of entries with an
 * {@code id} becomes a map keyed by that id, and only text is given: every text value of the file must be
 * translated (a missing one is a problem at the overlay's line), and an overlay key the file does not have, or a
 * value that is not text (a number, an id, a threshold), is a problem too. The result is the file's YAML with the
 * words replaced, so the pack loader binds and checks the translated pack exactly like the original.
 */
final class OverlayMerge {

    /**
     * Keys whose values people read; "parent/key" where the key alone also names non-text (a warm-up's step is
     * words, a test's step is a wizard step). Everything else (ids, numbers, conditions, references) stays.
     */
    static final Set<String> TEXT_KEYS = Set.of("name", "label", "question", "help", "professional", "how-soon",
            "reason", "purpose", "setup", "look-for", "filming", "safety", "explanation", "why-it-matters",
            "professional-advice", "text", "description", "why", "instructions", "cues", "faults", "notes",
            "load-guidance", "goal", "move-on-when", "advice", "rationale", "rationale-with-side", "uncovered",
            "no-findings", "warm-up-step", "fewer-sessions", "summary", "note", "when-exceeded", "rule", "when-caving",
            "education", "warm-up/step");

    private final String file;
    private final String overlayFile;
    private final List<Problem> problems;
    /** English text to translated text, for words stored before a translation was asked for. */
    private final Map<String, String> pairs;

    private OverlayMerge(String file, String overlayFile, List<Problem> problems, Map<String, String> pairs) {
        this.file = file;
        this.overlayFile = overlayFile;
        this.problems = problems;
        this.pairs = pairs;
    }

    /** The merged YAML, or the original text when either file cannot be read (a problem says why). */
    static String merge(String original, String file, String overlay, String overlayFile, List<Problem> problems,
            Map<String, String> pairs) {
        Optional<Node> base = compose(original, file, problems);
        Optional<Node> words = compose(overlay, overlayFile, problems);
        if (base.isEmpty() || words.isEmpty()) {
            return original;
        }
        new OverlayMerge(file, overlayFile, problems, pairs).mergeInto(base.get(), words.get(), null, false, "");
        StringBuilder out = new StringBuilder();
        new Dump(DumpSettings.builder().setWidth(120).build()).dumpNode(base.get(), new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.append(str, off, off + len);
            }
        });
        return out.toString();
    }

    private static Optional<Node> compose(String text, String file, List<Problem> problems) {
        try {
            Optional<Node> node = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(text);
            if (node.isEmpty()) {
                problems.add(new Problem(file, 1, "the file is empty"));
            }
            return node;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            problems.add(new Problem(file, line, "not valid YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            problems.add(new Problem(file, 1, "not valid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Replaces the text in {@code base} by the overlay's. {@code key} is the mapping key above base (null at the
     * root), {@code text} whether a scalar there is words; {@code path} names the place for messages.
     */
    private Node mergeInto(Node base, Node overlay, String key, boolean text, String path) {
        if (base instanceof ScalarNode scalar) {
            if (!(overlay instanceof ScalarNode translated) || !text) {
                problem(overlay, path + ": only text is translated here; leave it out of the overlay");
                return base;
            }
            pairs.putIfAbsent(scalar.getValue(), translated.getValue());
            return new ScalarNode(Tag.STR, translated.getValue(), ScalarStyle.DOUBLE_QUOTED);
        }
        if (base instanceof SequenceNode list && isIdList(list)) {
            if (!(overlay instanceof MappingNode byId)) {
                problem(overlay, path + ": give the entries as a map keyed by id");
                return base;
            }
            mergeById(list, byId, key, path);
            return base;
        }
        if (base instanceof SequenceNode list) {
            if (!(overlay instanceof SequenceNode translated) || translated.getValue().size() != list.getValue().size()) {
                problem(overlay, path + ": needs a list of " + list.getValue().size() + " item(s), one per original");
                return base;
            }
            for (int i = 0; i < list.getValue().size(); i++) {
                list.getValue().set(i, mergeInto(list.getValue().get(i), translated.getValue().get(i), key, text,
                        path + "[" + (i + 1) + "]"));
            }
            return base;
        }
        if (base instanceof MappingNode map) {
            if (!(overlay instanceof MappingNode translated)) {
                problem(overlay, path + ": needs a map like the original");
                return base;
            }
            mergeMap(map, translated, key, path);
        }
        return base;
    }

    private void mergeMap(MappingNode map, MappingNode overlay, String parent, String path) {
        Map<String, Node> given = entries(overlay);
        List<NodeTuple> tuples = map.getValue();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < tuples.size(); i++) {
            index.put(scalar(tuples.get(i).getKeyNode()), i);
        }
        for (NodeTuple tuple : overlay.getValue()) {
            String k = scalar(tuple.getKeyNode());
            if (!index.containsKey(k)) {
                problem(tuple.getKeyNode(), join(path, k) + ": the original has no such key");
            }
        }
        for (int i = 0; i < tuples.size(); i++) {
            NodeTuple tuple = tuples.get(i);
            String k = scalar(tuple.getKeyNode());
            Node translated = given.get(k);
            if (translated == null) {
                if (hasText(tuple.getValueNode(), parent, k)) {
                    problem(overlay, join(path, k) + ": missing translation");
                }
                continue;
            }
            tuples.set(i, new NodeTuple(tuple.getKeyNode(), mergeInto(tuple.getValueNode(), translated, k,
                    isText(parent, k), join(path, k))));
        }
    }

    private void mergeById(SequenceNode list, MappingNode overlay, String key, String path) {
        Map<String, Node> given = entries(overlay);
        List<String> ids = new ArrayList<>();
        for (Node entry : list.getValue()) {
            ids.add(id(entry));
        }
        for (NodeTuple tuple : overlay.getValue()) {
            if (!ids.contains(scalar(tuple.getKeyNode()))) {
                problem(tuple.getKeyNode(), join(path, scalar(tuple.getKeyNode())) + ": the original has no entry with this id");
            }
        }
        for (Node entry : list.getValue()) {
            String id = id(entry);
            Node translated = given.get(id);
            if (translated == null) {
                if (hasText(entry, null, key)) {
                    problem(overlay, join(path, id) + ": missing translation");
                }
                continue;
            }
            mergeInto(entry, translated, key, false, join(path, id));
        }
    }

    /** Whether a value (under {@code key}, in a map under {@code parent}) holds anything to translate. */
    private static boolean hasText(Node node, String parent, String key) {
        return switch (node) {
            case ScalarNode s -> isText(parent, key) && !s.getValue().isBlank();
            case SequenceNode l -> l.getValue().stream().anyMatch(n -> hasText(n, parent, key));
            case MappingNode m -> m.getValue().stream()
                    .anyMatch(t -> hasText(t.getValueNode(), key, scalar(t.getKeyNode())));
            default -> false;
        };
    }

    private static boolean isText(String parent, String key) {
        return key != null && (TEXT_KEYS.contains(key) || TEXT_KEYS.contains(parent + "/" + key));
    }

    private static boolean isIdList(SequenceNode list) {
        return !list.getValue().isEmpty() && list.getValue().stream().allMatch(n -> id(n) != null);
    }

    private static String id(Node node) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if ("id".equals(scalar(t.getKeyNode())) && t.getValueNode() instanceof ScalarNode s) {
                    return s.getValue();
                }
            }
        }
        return null;
    }

    private static Map<String, Node> entries(MappingNode map) {
        Map<String, Node> out = new LinkedHashMap<>();
        map.getValue().forEach(t -> out.put(scalar(t.getKeyNode()), t.getValueNode()));
        return out;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : String.valueOf(node);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problem(Node at, String message) {
        int line = at.getStartMark().map(m -> m.getLine() + 1).orElse(1);
        problems.add(new Problem(overlayFile, line, message + " (translating " + file + ")"));
    }
}
