package com.kneeline.content.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.Choice;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.FormGate;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Measure;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.PhaseCriteria;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.ProgressionRules;
import com.kneeline.content.model.Reference;
import com.kneeline.content.model.RequiredWhen;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.SideHandling;
import com.kneeline.content.model.Template;

/**
 * Loads a content pack and checks it strictly. All problems (syntax, schema, cross-references, ladder shape,
 * rule typing) are collected first; a pack with any problem is rejected as a whole with the full list, because a
 * half-loaded clinical pack is worse than none.
 */
public final class ContentPackLoader {

    public static final String MANIFEST = "pack.yaml";

    /** The outcome of checking a pack: a catalogue when there are no problems. */
    public record Result(ContentCatalogue catalogue, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Loads the pack or throws {@link ContentPackException} listing every problem. */
    public ContentCatalogue load(PackSource source) {
        Result r = check(source);
        if (!r.ok()) {
            throw new ContentPackException(source.describe(), r.problems());
        }
        return r.catalogue();
    }

    public Result check(PackSource source) {
        return new Run(source).run();
    }

    private record RawId(String id, String file, int line) {
    }

    /** State of one load; kept out of the loader so the loader itself is stateless and thread-safe. */
    private static final class Run {
        private final PackSource source;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Object, RecordBinder.Origin> origins = new IdentityHashMap<>();
        private final Map<String, YNode> roots = new LinkedHashMap<>();
        /** Raw ids per kind, read from the YAML tree, so an entry with a broken field still counts as existing. */
        private final Map<String, List<RawId>> rawIds = new HashMap<>();
        /** Kinds whose file could not be parsed at all: their ids are unknown, so do not report them as dangling. */
        private final Set<String> unavailable = new java.util.HashSet<>();
        /** Ladders named by exercises that failed to bind: their shape cannot be judged. */
        private final Set<String> ladderOfBrokenExercises = new java.util.HashSet<>();

        Run(PackSource source) {
            this.source = source;
        }

        Result run() {
            YNode manifestRoot = parse(MANIFEST, null, 0);
            if (manifestRoot == null) {
                return done(null);
            }
            PackFiles.Manifest m = new RecordBinder(MANIFEST, problems, origins)
                    .bindRoot(manifestRoot, PackFiles.Manifest.class);
            if (m == null) {
                return done(null);
            }
            List<Reference> references = list(m.references(), bind(m, "references", m.references(), PackFiles.ReferencesFile.class),
                    PackFiles.ReferencesFile::references, "references", "reference");
            List<Equipment> equipment = list(m.equipment(), bind(m, "equipment", m.equipment(), PackFiles.EquipmentFile.class),
                    PackFiles.EquipmentFile::equipment, "equipment", "equipment");
            PackFiles.FindingsFile findingsFile = bind(m, "findings", m.findings(), PackFiles.FindingsFile.class);
            List<Finding> findings = list(m.findings(), findingsFile, PackFiles.FindingsFile::findings, "findings",
                    "finding");
            List<com.kneeline.content.model.RiskNote> riskNotes = findingsFile == null ? List.of()
                    : findingsFile.riskNotes();
            List<SafetyFlag> flags = list(m.safety(), bind(m, "safety", m.safety(), PackFiles.SafetyFile.class),
                    PackFiles.SafetyFile::flags, "flags", "safety flag");
            List<AssessmentTest> tests = list(m.tests(), bind(m, "tests", m.tests(), PackFiles.TestsFile.class),
                    PackFiles.TestsFile::tests, "tests", "test");
            collectNested(m.tests(), "tests", "inputs", "input");
            List<InferenceRule> rules = list(m.inference(), bind(m, "inference", m.inference(), PackFiles.InferenceFile.class),
                    PackFiles.InferenceFile::rules, "rules", "inference rule");
            List<Ladder> ladders = list(m.ladders(), bind(m, "ladders", m.ladders(), PackFiles.LaddersFile.class),
                    PackFiles.LaddersFile::ladders, "ladders", "ladder");
            List<Exercise> exercises = new ArrayList<>();
            Map<Exercise, PackFiles.ExerciseFile> fileOf = new IdentityHashMap<>();
            for (int i = 0; i < m.exercises().size(); i++) {
                PackFiles.ExerciseFile ef = m.exercises().get(i);
                if (ef.pillar() == Pillar.EDUCATION) {
                    problems.add(new Problem(MANIFEST, itemLine(m, "exercises", i),
                            "exercise files must be strength, mobility or neuromuscular (education has no exercises)"));
                }
                PackFiles.ExercisesFile f = bindAt(ef.file(), itemLine(m, "exercises", i), PackFiles.ExercisesFile.class);
                collectIds(ef.file(), "exercises", "exercise");
                if (f != null) {
                    f.exercises().forEach(e -> fileOf.put(e, ef));
                    exercises.addAll(f.exercises());
                }
                noteBrokenExercises(ef.file(), f == null ? List.of() : f.exercises());
            }
            PackFiles.ProgressionFile progression = bind(m, "progression", m.progression(),
                    PackFiles.ProgressionFile.class);
            collectNested(m.progression(), "progression", "phases", "phase");
            PackFiles.ReferralFile referral = bind(m, "referral", m.referral(), PackFiles.ReferralFile.class);
            collectNested(m.referral(), "referral", "measures", "measure");
            PackFiles.PrescriptionFile prescription = bind(m, "prescription", m.prescription(),
                    PackFiles.PrescriptionFile.class);

            reportDuplicates();
            checkReferences(references, equipment, findings, flags, tests, rules, ladders, exercises, progression,
                    referral, prescription, riskNotes);
            Map<String, Input> inputs = inputs(tests);
            checkInputs(tests);
            checkFindings(findings, exercises, rules);
            checkEntryExercises(findings, exercises);
            checkExercises(exercises, fileOf, findings);
            checkLadders(ladders, exercises);
            checkRules(rules, findings, inputs);
            if (progression != null) {
                checkPhases(progression.progression());
            }
            SafetyChecks safety = new SafetyChecks(this::at, this::atItem, inputs, tests, known("finding"));
            safety.checkRulesHaveNoAge(rules);
            if (referral != null) {
                checkMeasures(referral.referral().measures(), inputs);
                safety.checkMeasures(referral.referral().measures());
                safety.check(flags, referral.referral().redFlags());
            }
            if (prescription != null) {
                new PrescriptionChecks(this::at, this::atItem, known("input"), known("finding"), inputs, findings,
                        exercises, ladders, progression == null ? null : progression.progression())
                        .check(prescription.prescription());
            }
            if (!problems.isEmpty() || progression == null || referral == null || prescription == null) {
                return done(null);
            }
            return done(new ContentCatalogue(m.name(), m.version(), references, equipment, findings, flags, tests,
                    rules, ladders, exercises, progression.progression(), referral.referral(),
                    prescription.prescription(), riskNotes));
        }

        private Result done(ContentCatalogue catalogue) {
            List<Problem> sorted = new ArrayList<>(problems);
            Collections.sort(sorted);
            return new Result(problems.isEmpty() ? catalogue : null, sorted);
        }

        // --- reading files ------------------------------------------------------------------------------------

        private YNode parse(String path, String manifestKeyFile, int manifestLine) {
            Optional<byte[]> bytes;
            try {
                bytes = source.read(path);
            } catch (IOException e) {
                problems.add(new Problem(path, 1, "cannot read the file: " + e.getMessage()));
                return null;
            }
            if (bytes.isEmpty()) {
                if (manifestKeyFile == null) {
                    problems.add(new Problem(path, 1, "no " + MANIFEST + " in " + source.describe()
                            + " (every content pack needs this manifest naming its files)"));
                } else {
                    problems.add(new Problem(manifestKeyFile, manifestLine, "file '" + path + "' not found in the pack"));
                }
                return null;
            }
            String text;
            try {
                text = PackSource.decode(bytes.get());
            } catch (CharacterCodingException e) {
                problems.add(new Problem(path, 1, "the file is not valid UTF-8 text"));
                return null;
            }
            YNode root = YamlTree.parse(text, path, problems);
            if (root != null) {
                roots.put(path, root);
            }
            return root;
        }

        private <T> T bind(PackFiles.Manifest m, String key, String path, Class<T> type) {
            return bindAt(path, lineOf(m, key), type);
        }

        private <T> T bindAt(String path, int manifestLine, Class<T> type) {
            if (roots.containsKey(path)) {
                problems.add(new Problem(MANIFEST, manifestLine, "file '" + path + "' is named twice in the manifest"));
                return null;
            }
            YNode root = parse(path, MANIFEST, manifestLine);
            return root == null ? null : new RecordBinder(path, problems, origins).bindRoot(root, type);
        }

        private <F, T> List<T> list(String path, F file, java.util.function.Function<F, List<T>> items, String key,
                String kind) {
            collectIds(path, key, kind);
            return file == null ? List.of() : items.apply(file);
        }

        private void collectIds(String path, String listKey, String kind) {
            YNode root = roots.get(path);
            if (root == null) {
                unavailable.add(kind);
            }
            if (root instanceof YNode.YMap map && map.get(listKey) instanceof YNode.YList list) {
                for (YNode item : list.items()) {
                    addRawId(path, item, kind);
                }
            }
        }

        private void collectNested(String path, String top, String listKey, String kind) {
            YNode root = roots.get(path);
            if (!(root instanceof YNode.YMap map)) {
                unavailable.add(kind);
                return;
            }
            YNode topNode = map.get(top);
            List<YNode> parents = topNode instanceof YNode.YList l ? l.items() : List.of(topNode);
            for (YNode parent : parents) {
                if (parent instanceof YNode.YMap pm && pm.get(listKey) instanceof YNode.YList list) {
                    list.items().forEach(item -> addRawId(path, item, kind));
                }
            }
        }

        private void noteBrokenExercises(String path, List<Exercise> bound) {
            Set<YNode.YMap> boundMaps = Collections.newSetFromMap(new IdentityHashMap<>());
            bound.forEach(e -> boundMaps.add(origin(e).map()));
            if (roots.get(path) instanceof YNode.YMap map && map.get("exercises") instanceof YNode.YList list) {
                for (YNode item : list.items()) {
                    if (item instanceof YNode.YMap im && !boundMaps.contains(im)
                            && im.get("ladder") instanceof YNode.YScalar s && s.value() != null) {
                        ladderOfBrokenExercises.add(s.value().toString());
                    }
                }
            } else {
                unavailable.add("exercise-file");
            }
        }

        private void addRawId(String path, YNode item, String kind) {
            if (item instanceof YNode.YMap im && im.entry("id") != null
                    && im.get("id") instanceof YNode.YScalar s && s.value() != null) {
                rawIds.computeIfAbsent(kind, k -> new ArrayList<>())
                        .add(new RawId(s.value().toString(), path, im.entry("id").valueLine()));
            }
        }

        private Set<String> known(String kind) {
            Set<String> ids = new LinkedHashSet<>();
            rawIds.getOrDefault(kind, List.of()).forEach(r -> ids.add(r.id()));
            if (unavailable.contains(kind)) {
                // Its file is unreadable (already reported): treat every id as known rather than cascade errors.
                return new java.util.AbstractSet<>() {
                    public boolean contains(Object o) {
                        return true;
                    }

                    public java.util.Iterator<String> iterator() {
                        return ids.iterator();
                    }

                    public int size() {
                        return ids.size();
                    }
                };
            }
            return ids;
        }

        // --- locating problems --------------------------------------------------------------------------------

        private RecordBinder.Origin origin(Object rec) {
            RecordBinder.Origin o = origins.get(rec);
            if (o == null) {
                throw new IllegalStateException("no origin for " + rec);
            }
            return o;
        }

        private int lineOf(Object rec, String key) {
            YNode.YMap map = origin(rec).map();
            YNode.Entry e = map.entry(key);
            return e == null ? map.line() : e.valueLine();
        }

        private int itemLine(Object rec, String key, int index) {
            YNode.YMap map = origin(rec).map();
            if (map.get(key) instanceof YNode.YList list && index < list.items().size()) {
                return list.items().get(index).line();
            }
            return lineOf(rec, key);
        }

        private void at(Object rec, String key, String message) {
            problems.add(new Problem(origin(rec).file(), lineOf(rec, key), message));
        }

        private void atItem(Object rec, String key, int index, String message) {
            problems.add(new Problem(origin(rec).file(), itemLine(rec, key, index), message));
        }

        // --- checks -------------------------------------------------------------------------------------------

        private void reportDuplicates() {
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

        /** Every {@code references} list anywhere in the pack must name known reference ids. */
        private void checkReferences(Object... roots) {
            Set<String> known = known("reference");
            for (Object root : roots) {
                walk(root, rec -> {
                    RecordBinder.Meta meta = RecordBinder.META.get(rec.getClass());
                    for (int k = 0; k < meta.components().length; k++) {
                        if (meta.keys().get(k).equals("references") && value(meta, k, rec) instanceof List<?> ids) {
                            for (int i = 0; i < ids.size(); i++) {
                                if (ids.get(i) instanceof String id && !known.contains(id)) {
                                    atItem(rec, "references", i, "unknown reference '" + id + "'");
                                }
                            }
                        }
                    }
                });
            }
        }

        private void walk(Object o, java.util.function.Consumer<Object> visitor) {
            if (o instanceof List<?> list) {
                list.forEach(item -> walk(item, visitor));
            } else if (o != null && o.getClass().isRecord()) {
                if (origins.containsKey(o)) {
                    visitor.accept(o);
                }
                RecordBinder.Meta meta = RecordBinder.META.get(o.getClass());
                for (int k = 0; k < meta.components().length; k++) {
                    Class<?> t = meta.components()[k].getType();
                    if (t == List.class || t.isRecord() || t.isInterface()) {
                        walk(value(meta, k, o), visitor);
                    }
                }
            }
        }

        private static Object value(RecordBinder.Meta meta, int k, Object rec) {
            try {
                return meta.accessors().get(k).invoke(rec);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        private Map<String, Input> inputs(List<AssessmentTest> tests) {
            Map<String, Input> inputs = new LinkedHashMap<>();
            tests.forEach(t -> t.inputs().forEach(i -> inputs.putIfAbsent(i.id(), i)));
            return inputs;
        }

        private void checkInputs(List<AssessmentTest> tests) {
            for (AssessmentTest t : tests) {
                for (Input i : t.inputs()) {
                    // Inputs are rebuilt when per-side is inherited; their origin is the YAML item they came from.
                    Object rec = origins.containsKey(i) ? i : null;
                    if (rec == null) {
                        int idx = t.inputs().indexOf(i);
                        rec = locatableInput(t, idx);
                    }
                    if (i.isNumeric() && (i.min() == null || i.max() == null)) {
                        at(rec, "type", "numeric input '" + i.id() + "' needs 'min' and 'max'");
                    }
                    if (!i.isNumeric() && (i.min() != null || i.max() != null || i.unit() != null)) {
                        at(rec, "type", "'min', 'max' and 'unit' only fit integer, decimal or scale inputs, not "
                                + RecordBinder.enumId(i.type()));
                    }
                    if (i.type() == InputType.INTEGER || i.type() == InputType.SCALE) {
                        if (i.min() != null && i.min() != Math.rint(i.min()) || i.max() != null && i.max() != Math.rint(i.max())) {
                            at(rec, "min", "'min' and 'max' of a whole-number input must be whole numbers");
                        }
                    }
                    if (i.type() == InputType.CHOICE && i.choices().size() < 2) {
                        at(rec, "type", "choice input '" + i.id() + "' needs at least 2 'choices'");
                    }
                    if (i.type() != InputType.CHOICE && !i.choices().isEmpty()) {
                        at(rec, "choices", "'choices' only fit choice inputs");
                    }
                    checkRequiredWhen(tests, t, i, rec);
                    Set<String> seen = new java.util.HashSet<>();
                    for (int c = 0; c < i.choices().size(); c++) {
                        if (!seen.add(i.choices().get(c).id())) {
                            atItem(rec, "choices", c, "duplicate choice id '" + i.choices().get(c).id() + "'");
                        }
                    }
                }
            }
        }

        /**
         * A "required when" must name another input of the same wizard step (so both are on one page), on the same
         * legs, by an answer that input can have.
         */
        private void checkRequiredWhen(List<AssessmentTest> tests, AssessmentTest t, Input i, Object rec) {
            RequiredWhen when = i.requiredWhen();
            if (when == null) {
                return;
            }
            if (!i.optional()) {
                at(rec, "required-when", "'required-when' only fits optional inputs; '" + i.id() + "' is always required");
                return;
            }
            Optional<Input> other = tests.stream().filter(o -> o.step() == t.step()).flatMap(o -> o.inputs().stream())
                    .filter(o -> o.id().equals(when.input())).findFirst();
            if (other.isEmpty() || other.get() == i || other.get().isPerSide() != i.isPerSide()) {
                at(rec, "required-when", "'required-when' names '" + when.input() + "', which is not another input of"
                        + " the same wizard step as '" + i.id() + "' and on the same legs");
                return;
            }
            Input o = other.get();
            boolean fits = switch (o.type()) {
                case YES_NO -> when.equals().equals("yes") || when.equals().equals("no");
                case CHOICE -> o.choices().stream().anyMatch(c -> c.id().equals(when.equals()));
                default -> false;
            };
            if (!fits) {
                at(rec, "required-when", "'required-when' expects '" + when.equals() + "', which is not an answer of '"
                        + o.id() + "'");
            }
        }

        /** Finds the YAML item of the index-th input of a test (the loaded Input may be a rebuilt copy). */
        private Object locatableInput(AssessmentTest t, int idx) {
            YNode.YMap testMap = origin(t).map();
            if (testMap.get("inputs") instanceof YNode.YList list && idx < list.items().size()
                    && list.items().get(idx) instanceof YNode.YMap im) {
                Object key = new Object();
                origins.put(key, new RecordBinder.Origin(origin(t).file(), im));
                return key;
            }
            return t;
        }

        /** Entry exercises exist and address their finding. */
        private void checkEntryExercises(List<Finding> findings, List<Exercise> exercises) {
            Map<String, Exercise> byId = new HashMap<>();
            exercises.forEach(e -> byId.putIfAbsent(e.id(), e));
            for (Finding f : findings) {
                for (int i = 0; i < f.entryExercises().size(); i++) {
                    Exercise e = byId.get(f.entryExercises().get(i));
                    if (e == null) {
                        atItem(f, "entry-exercises", i, "unknown exercise '" + f.entryExercises().get(i) + "'");
                    } else if (!e.addresses().contains(f.id())) {
                        atItem(f, "entry-exercises", i, "entry exercise '" + e.id() + "' does not address finding '"
                                + f.id() + "'");
                    }
                }
            }
        }

        private void checkFindings(List<Finding> findings, List<Exercise> exercises, List<InferenceRule> rules) {
            for (Finding f : findings) {
                for (int p = 0; p < f.pillars().size(); p++) {
                    Pillar pillar = f.pillars().get(p);
                    if (pillar == Pillar.EDUCATION) {
                        continue;
                    }
                    boolean covered = exercises.stream()
                            .anyMatch(e -> e.pillar() == pillar && e.addresses().contains(f.id()));
                    if (!covered) {
                        atItem(f, "pillars", p, "finding '" + f.id() + "' claims the " + RecordBinder.enumId(pillar)
                                + " pillar but no " + RecordBinder.enumId(pillar) + " exercise addresses it");
                    }
                }
                if (rules.stream().noneMatch(r -> r.finding().equals(f.id()))
                        && !known("inference rule").isEmpty()) {
                    at(f, "id", "finding '" + f.id() + "' has no inference rule, so the assessment can never report it");
                }
            }
        }

        private void checkExercises(List<Exercise> exercises, Map<Exercise, PackFiles.ExerciseFile> fileOf,
                List<Finding> findings) {
            Set<String> findingIds = known("finding");
            Set<String> equipment = known("equipment");
            Set<String> ladders = known("ladder");
            Set<String> flags = known("safety flag");
            Map<String, Finding> byId = new HashMap<>();
            findings.forEach(f -> byId.put(f.id(), f));
            for (Exercise e : exercises) {
                PackFiles.ExerciseFile ef = fileOf.get(e);
                if (ef != null && e.pillar() != ef.pillar()) {
                    at(e, "pillar", "exercise '" + e.id() + "' has pillar '" + RecordBinder.enumId(e.pillar())
                            + "' but its file is for the " + RecordBinder.enumId(ef.pillar()) + " pillar");
                }
                for (int i = 0; i < e.addresses().size(); i++) {
                    String f = e.addresses().get(i);
                    if (!findingIds.contains(f)) {
                        atItem(e, "addresses", i, "unknown finding '" + f + "'");
                    } else if (byId.containsKey(f) && !byId.get(f).pillars().contains(e.pillar())) {
                        atItem(e, "addresses", i, "finding '" + f + "' does not claim the "
                                + RecordBinder.enumId(e.pillar()) + " pillar, so a " + RecordBinder.enumId(e.pillar())
                                + " exercise cannot address it");
                    }
                }
                for (int i = 0; i < e.equipment().size(); i++) {
                    if (!equipment.contains(e.equipment().get(i))) {
                        atItem(e, "equipment", i, "unknown equipment '" + e.equipment().get(i) + "'");
                    }
                }
                if (!ladders.contains(e.ladder())) {
                    at(e, "ladder", "unknown ladder '" + e.ladder() + "'");
                }
                List<String> excluded = e.contraindications().excludedBy();
                for (int i = 0; i < excluded.size(); i++) {
                    if (!flags.contains(excluded.get(i))) {
                        atItem(e.contraindications(), "excluded-by", i, "unknown safety flag '" + excluded.get(i) + "'");
                    }
                }
                if (e.loadable() && e.loadGuidance() == null) {
                    at(e, "loadable", "'load-guidance' is required when 'loadable' is true");
                }
                if (!e.loadable() && e.loadGuidance() != null) {
                    at(e, "load-guidance", "'load-guidance' must be left out when 'loadable' is false");
                }
                var d = e.dosage();
                if ((d.reps() == null) == (d.holdSeconds() == null)) {
                    at(d, "sets", "'dosage' needs exactly one of 'reps' or 'hold-seconds'");
                }
                if (d.tempo() != null && d.reps() == null) {
                    at(d, "tempo", "'tempo' only fits a dosage in 'reps'");
                }
            }
        }

        private void checkLadders(List<Ladder> ladders, List<Exercise> exercises) {
            for (Ladder l : ladders) {
                if (ladderOfBrokenExercises.contains(l.id()) || unavailable.contains("exercise-file")) {
                    continue; // some of its steps could not be read; that problem is already reported
                }
                Map<Integer, Exercise> byLevel = new TreeMap<>();
                for (Exercise e : exercises) {
                    if (!e.ladder().equals(l.id())) {
                        continue;
                    }
                    Exercise prev = byLevel.putIfAbsent(e.level(), e);
                    if (prev != null) {
                        at(e, "level", "exercises '" + prev.id() + "' and '" + e.id() + "' are both level " + e.level()
                                + " of ladder '" + l.id() + "'");
                    }
                }
                int top = byLevel.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                if (byLevel.size() < 3) {
                    at(l, "id", "ladder '" + l.id() + "' has " + byLevel.size()
                            + " level(s); a ladder needs at least 3");
                }
                for (int level = 1; level <= top; level++) {
                    if (!byLevel.containsKey(level)) {
                        at(l, "id", "ladder '" + l.id() + "' has no level " + level
                                + " (levels must run 1, 2, 3... without gaps)");
                    }
                }
                if (l.formGated() && l.maxLevelWhileCaving() != null && top > 0 && l.maxLevelWhileCaving() > top) {
                    at(l, "max-level-while-caving", "'max-level-while-caving' is " + l.maxLevelWhileCaving()
                            + " but ladder '" + l.id() + "' only has " + top + " levels");
                }
            }
        }

        private void checkRules(List<InferenceRule> rules, List<Finding> findings, Map<String, Input> inputs) {
            Set<String> findingIds = known("finding");
            Set<String> inputIds = known("input");
            Map<String, Finding> byId = new HashMap<>();
            findings.forEach(f -> byId.put(f.id(), f));
            for (InferenceRule r : rules) {
                if (!findingIds.contains(r.finding())) {
                    at(r, "finding", "unknown finding '" + r.finding() + "'");
                } else if (byId.containsKey(r.finding())) {
                    boolean perSide = byId.get(r.finding()).perSide();
                    if (perSide != (r.side() == SideHandling.PER_SIDE)) {
                        at(r, "side", "rule '" + r.id() + "' is " + RecordBinder.enumId(r.side()) + " but finding '"
                                + r.finding() + "' is " + (perSide ? "per side" : "not per side"));
                    }
                }
                Set<String> read = new LinkedHashSet<>();
                boolean anyPerSide = false;
                for (Condition c : r.when()) {
                    for (String id : c.inputs()) {
                        read.add(id);
                        String key = switch (c) {
                            case Condition.Asymmetry a -> "asymmetry-of";
                            case Condition.CountTrue ct -> "count-true-of";
                            default -> "input";
                        };
                        if (!inputIds.contains(id)) {
                            at(c, key, "unknown input '" + id + "'");
                            continue;
                        }
                        Input in = inputs.get(id);
                        if (in == null) {
                            continue; // it exists but is itself broken; already reported
                        }
                        anyPerSide |= in.isPerSide();
                        if (r.side() == SideHandling.BILATERAL && in.isPerSide()) {
                            at(c, key, "bilateral rule '" + r.id() + "' cannot read per-side input '" + id
                                    + "' (use side: per-side)");
                        }
                        checkOperator(c, in, key, r);
                    }
                }
                if (r.side() == SideHandling.PER_SIDE && !anyPerSide && read.stream().allMatch(inputs::containsKey)) {
                    at(r, "side", "per-side rule '" + r.id() + "' reads no per-side input");
                }
                for (String name : Template.placeholders(r.explanation())) {
                    if (name.equals("side") && r.side() != SideHandling.PER_SIDE) {
                        at(r, "explanation", "placeholder '{side}' only fits per-side rules");
                    } else if (name.equals("asymmetry")) {
                        if (r.when().stream().noneMatch(c -> c instanceof Condition.Asymmetry)) {
                            at(r, "explanation", "placeholder '{asymmetry}' only fits rules with an 'asymmetry-of'"
                                    + " condition");
                        }
                    } else if (!name.equals("side") && !read.contains(name)) {
                        at(r, "explanation", "placeholder '{" + name + "}' is not an input this rule reads");
                    }
                }
            }
        }

        private void checkOperator(Condition c, Input in, String key, InferenceRule r) {
            String type = RecordBinder.enumId(in.type());
            switch (c) {
                case Condition.Equals eq -> {
                    Object v = eq.value();
                    if (in.type() == InputType.YES_NO && !(v instanceof Boolean)) {
                        at(c, "equals", "'equals' for yes-no input '" + in.id() + "' must be true or false");
                    } else if (in.type() == InputType.CHOICE
                            && in.choices().stream().map(Choice::id).noneMatch(id -> id.equals(v))) {
                        at(c, "equals", "'equals' for choice input '" + in.id() + "' must be one of "
                                + String.join(", ", in.choices().stream().map(Choice::id).toList()));
                    } else if (in.isNumeric() && !(v instanceof Double)) {
                        at(c, "equals", "'equals' for " + type + " input '" + in.id() + "' must be a number");
                    } else if (in.isNumeric()) {
                        checkWithin(c, "equals", (Double) v, in);
                    }
                }
                case Condition.Compare cmp -> {
                    String op = RecordBinder.enumId(cmp.comparison());
                    if (!in.isNumeric()) {
                        at(c, op, "'" + op + "' needs a numeric input but '" + in.id() + "' is " + type);
                    } else {
                        checkWithin(c, op, cmp.value(), in);
                    }
                }
                case Condition.Asymmetry a -> {
                    if (!in.isNumeric() || !in.isPerSide()) {
                        at(c, key, "'asymmetry-of' needs a per-side numeric input but '" + in.id() + "' is "
                                + (in.isPerSide() ? "" : "not per side and ") + type);
                    }
                    if (r.side() != SideHandling.PER_SIDE) {
                        at(c, key, "'asymmetry-of' only fits per-side rules (the finding goes on the worse side)");
                    }
                }
                case Condition.CountTrue ct -> {
                    if (in.type() != InputType.YES_NO) {
                        at(c, key, "'count-true-of' needs yes-no inputs but '" + in.id() + "' is " + type);
                    }
                    if (ct.atLeast() < 1 || ct.atLeast() > ct.of().size()) {
                        at(c, "at-least", "'at-least' must be between 1 and the " + ct.of().size()
                                + " inputs counted");
                    }
                }
                case Condition.Age age -> {
                    // reported by SafetyChecks: age only fits safety flags
                }
            }
        }

        private void checkWithin(Object c, String key, double v, Input in) {
            if (in.min() != null && in.max() != null && (v < in.min() || v > in.max())) {
                at(c, key, "value " + RecordBinder.fmt(v) + " is outside input '" + in.id() + "' range "
                        + RecordBinder.fmt(in.min()) + ".." + RecordBinder.fmt(in.max()));
            }
        }

        /** Every phase but the last says, typed, when to move on; the last has nowhere to move on to. */
        private void checkPhases(ProgressionRules progression) {
            FormGate gate = progression.formGate();
            if (gate.cavingSessionsToStepDown() <= gate.cavingSessionsToHold()) {
                at(gate, "caving-sessions-to-step-down", "'caving-sessions-to-step-down' ("
                        + gate.cavingSessionsToStepDown() + ") must be more than 'caving-sessions-to-hold' ("
                        + gate.cavingSessionsToHold() + "): a caving knee holds first, then steps down");
            }
            List<Phase> phases = progression.phases();
            for (int i = 0; i < phases.size(); i++) {
                Phase p = phases.get(i);
                PhaseCriteria c = p.advanceWhen();
                boolean last = i == phases.size() - 1;
                if (c == null) {
                    if (!last) {
                        at(p, "move-on-when", "phase '" + p.id() + "' needs 'advance-when' (every phase but the last"
                                + " says, typed, when to move on)");
                    }
                    continue;
                }
                if (last) {
                    at(p, "advance-when", "the last phase '" + p.id()
                            + "' cannot have 'advance-when' (there is no phase after it)");
                }
                if (c.minWeeks() < p.typicalWeeks().min() || c.minWeeks() > p.typicalWeeks().max()) {
                    at(c, "min-weeks", "'min-weeks' (" + c.minWeeks() + ") must lie within the phase's 'typical-weeks' ("
                            + p.typicalWeeks().min() + "-" + p.typicalWeeks().max() + ")");
                }
                int acceptable = progression.painMonitoring().acceptableDuringMax();
                if (c.maxPain() > acceptable) {
                    at(c, "max-pain", "'max-pain' (" + c.maxPain() + ") must not be more than pain-monitoring's"
                            + " 'acceptable-during-max' (" + acceptable + ")");
                }
            }
        }

        private void checkMeasures(List<Measure> measures, Map<String, Input> inputs) {
            Set<String> inputIds = known("input");
            for (Measure m : measures) {
                if (m.kind() == MeasureKind.NUMERIC) {
                    if (!inputIds.contains(m.input())) {
                        at(m, "input", "unknown input '" + m.input() + "'");
                    } else if (inputs.containsKey(m.input()) && !inputs.get(m.input()).isNumeric()) {
                        at(m, "input", "numeric measure '" + m.id() + "' needs a numeric input");
                    }
                } else {
                    for (int i = 0; i < m.criteria().size(); i++) {
                        String id = m.criteria().get(i);
                        if (!inputIds.contains(id)) {
                            atItem(m, "criteria", i, "unknown input '" + id + "'");
                        } else if (inputs.containsKey(id) && inputs.get(id).type() != InputType.YES_NO) {
                            atItem(m, "criteria", i, "criterion '" + id + "' must be a yes-no input");
                        }
                    }
                    if (m.passWhenPositiveAtMost() >= m.criteria().size()) {
                        at(m, "pass-when-positive-at-most", "'pass-when-positive-at-most' must be less than the "
                                + m.criteria().size() + " criteria, or the test could never fail");
                    }
                }
            }
        }
    }
}
