package com.kneeline.content.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Validator;

import tools.jackson.databind.JsonNode;

import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.InferenceRule;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.Reference;
import com.kneeline.content.model.RiskNote;
import com.kneeline.content.model.SafetyFlag;

/**
 * Loads a content pack and checks it strictly. All problems (syntax, schema, cross-references, ladder shape,
 * rule typing) are collected first; a pack with any problem is rejected as a whole with the full list, because a
 * half-loaded clinical pack is worse than none. Binding is {@link YamlBinder}'s; each group of cross-checks is its
 * own small class.
 */
public final class ContentPackLoader {

    public static final String MANIFEST = PackReader.MANIFEST;

    /** The outcome of checking a pack: a catalogue when there are no problems. */
    public record Result(ContentCatalogue catalogue, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Validator validator;

    /** A loader with a validator of its own, for use outside Spring (tests, tools). */
    public ContentPackLoader() {
        this(RecordValidation.standalone());
    }

    /** A loader that checks constraints with the given validator, e.g. the application's. */
    public ContentPackLoader(Validator validator) {
        this.validator = validator;
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
        return new Run(source, validator).run();
    }

    /** State of one load; kept out of the loader so the loader itself is stateless and thread-safe. */
    private static final class Run {
        private final List<Problem> problems = new ArrayList<>();
        private final Locations loc = new Locations(problems);
        private final PackReader reader;

        Run(PackSource source, Validator validator) {
            this.reader = new PackReader(source, validator, problems, loc);
        }

        Result run() {
            PackFiles.Manifest m = reader.bind(MANIFEST, 0, PackFiles.Manifest.class);
            if (m == null) {
                return done(null);
            }
            List<Reference> references = list(m, "references", m.references(), PackFiles.ReferencesFile.class,
                    PackFiles.ReferencesFile::references, "references", "reference");
            List<Equipment> equipment = list(m, "equipment", m.equipment(), PackFiles.EquipmentFile.class,
                    PackFiles.EquipmentFile::equipment, "equipment", "equipment");
            PackFiles.FindingsFile findingsFile = reader.bind(m.findings(), loc.line(m, "findings"),
                    PackFiles.FindingsFile.class);
            reader.collectIds(m.findings(), "findings", "finding");
            List<Finding> findings = findingsFile == null ? List.of() : findingsFile.findings();
            List<RiskNote> riskNotes = findingsFile == null ? List.of() : findingsFile.riskNotes();
            List<SafetyFlag> flags = list(m, "safety", m.safety(), PackFiles.SafetyFile.class, PackFiles.SafetyFile::flags,
                    "flags", "safety flag");
            List<AssessmentTest> tests = list(m, "tests", m.tests(), PackFiles.TestsFile.class, PackFiles.TestsFile::tests,
                    "tests", "test");
            reader.collectNested(m.tests(), "tests", "inputs", "input");
            List<InferenceRule> rules = list(m, "inference", m.inference(), PackFiles.InferenceFile.class,
                    PackFiles.InferenceFile::rules, "rules", "inference rule");
            List<Ladder> ladders = list(m, "ladders", m.ladders(), PackFiles.LaddersFile.class, PackFiles.LaddersFile::ladders,
                    "ladders", "ladder");
            Map<Exercise, PackFiles.ExerciseFile> fileOf = new IdentityHashMap<>();
            Set<String> ladderOfBrokenExercises = new HashSet<>();
            List<Exercise> exercises = exercises(m, fileOf, ladderOfBrokenExercises);
            PackFiles.ProgressionFile progression = reader.bind(m.progression(), loc.line(m, "progression"),
                    PackFiles.ProgressionFile.class);
            reader.collectNested(m.progression(), "progression", "phases", "phase");
            PackFiles.ReferralFile referral = reader.bind(m.referral(), loc.line(m, "referral"),
                    PackFiles.ReferralFile.class);
            reader.collectNested(m.referral(), "referral", "measures", "measure");
            PackFiles.PrescriptionFile prescription = reader.bind(m.prescription(), loc.line(m, "prescription"),
                    PackFiles.PrescriptionFile.class);

            reader.reportDuplicates();
            new ReferenceChecks(loc, reader.known("reference")).check(references, equipment, findings, flags, tests,
                    rules, ladders, exercises, progression, referral, prescription, riskNotes);
            Map<String, Input> inputs = new LinkedHashMap<>();
            tests.forEach(t -> t.inputs().forEach(i -> inputs.putIfAbsent(i.id(), i)));
            new InputChecks(loc).check(tests);
            ExerciseChecks exerciseChecks = new ExerciseChecks(loc, reader, ladderOfBrokenExercises);
            exerciseChecks.checkFindings(findings, exercises, rules);
            exerciseChecks.checkEntryExercises(findings, exercises);
            exerciseChecks.checkExercises(exercises, fileOf, findings);
            exerciseChecks.checkLadders(ladders, exercises);
            new RuleChecks(loc, reader).check(rules, findings, inputs);
            if (progression != null) {
                new ProgressionChecks(loc).check(progression.progression());
            }
            SafetyChecks safety = new SafetyChecks(loc::at, loc::atItem, inputs, tests, reader.known("finding"),
                    reader.known("input"));
            safety.checkRulesHaveNoAge(rules);
            if (referral != null) {
                safety.checkMeasureInputs(referral.referral().measures());
                safety.checkMeasures(referral.referral().measures());
                safety.check(flags, referral.referral().redFlags());
            }
            if (prescription != null) {
                new PrescriptionChecks(loc::at, loc::atItem, reader.known("input"), reader.known("finding"), inputs,
                        findings, exercises, ladders, progression == null ? null : progression.progression())
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

        /** Binds the file the manifest names under {@code key} and returns its list, collecting the list's ids. */
        private <F, T> List<T> list(PackFiles.Manifest m, String key, String path, Class<F> type,
                Function<F, List<T>> items, String listKey, String kind) {
            F file = reader.bind(path, loc.line(m, key), type);
            reader.collectIds(path, listKey, kind);
            return file == null ? List.of() : items.apply(file);
        }

        private List<Exercise> exercises(PackFiles.Manifest m, Map<Exercise, PackFiles.ExerciseFile> fileOf,
                Set<String> ladderOfBrokenExercises) {
            List<Exercise> exercises = new ArrayList<>();
            for (int i = 0; i < m.exercises().size(); i++) {
                PackFiles.ExerciseFile ef = m.exercises().get(i);
                if (ef.pillar() == Pillar.EDUCATION) {
                    problems.add(new Problem(MANIFEST, loc.itemLine(m, "exercises", i),
                            "exercise files must be strength, mobility or neuromuscular (education has no exercises)"));
                }
                PackFiles.ExercisesFile f = reader.bind(ef.file(), loc.itemLine(m, "exercises", i),
                        PackFiles.ExercisesFile.class);
                reader.collectIds(ef.file(), "exercises", "exercise");
                List<Exercise> bound = f == null ? List.of() : f.exercises();
                bound.forEach(e -> fileOf.put(e, ef));
                exercises.addAll(bound);
                noteBrokenExercises(ef.file(), bound, ladderOfBrokenExercises);
            }
            return exercises;
        }

        /** Ladders named by exercises that failed to bind cannot have their shape judged. */
        private void noteBrokenExercises(String path, List<Exercise> bound, Set<String> ladders) {
            YamlDocument doc = reader.document(path);
            JsonNode list = doc == null ? null : doc.root().get("exercises");
            if (list == null || !list.isArray()) {
                reader.markUnavailable("exercise-file");
                return;
            }
            Set<String> boundPaths = new HashSet<>();
            bound.forEach(e -> boundPaths.add(loc.path(e)));
            for (int i = 0; i < list.size(); i++) {
                JsonNode ladder = list.get(i).get("ladder");
                if (!boundPaths.contains(YamlDocument.item("exercises", i)) && ladder != null && ladder.isValueNode()
                        && !ladder.isNull()) {
                    ladders.add(ladder.asString());
                }
            }
        }
    }
}
