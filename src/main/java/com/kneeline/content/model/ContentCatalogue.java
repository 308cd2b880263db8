package com.kneeline.content.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole validated content pack, immutable and indexed by id. Built once at start-up; every lookup is a map
 * read, so callers can use it freely from views and engines. The loader guarantees that every id an entry names
 * exists, so lookups of ids taken from the catalogue itself never come back empty.
 */
public final class ContentCatalogue {

    private final String name;
    private final String version;
    private final Map<String, Reference> references;
    private final Map<String, Equipment> equipment;
    private final Map<String, Finding> findings;
    private final Map<String, SafetyFlag> flags;
    private final Map<String, AssessmentTest> tests;
    private final Map<String, Input> inputs;
    private final Map<String, AssessmentTest> testByInput;
    private final Map<String, InferenceRule> rules;
    private final Map<String, Ladder> ladders;
    private final Map<String, Exercise> exercises;
    private final Map<String, List<Exercise>> ladderSteps;
    private final ProgressionRules progression;
    private final ReferralRules referral;
    private final Map<String, Measure> measures;
    private final PrescriptionRules prescription;
    private final Map<Risk, RiskNote> riskNotes;

    /** How the pack presents a risk (a raised likelihood with its source), if it says. */
    public Optional<RiskNote> riskNote(Risk risk) {
        return Optional.ofNullable(riskNotes.get(risk));
    }

    public ContentCatalogue(String name, String version, List<Reference> references, List<Equipment> equipment,
            List<Finding> findings, List<SafetyFlag> flags, List<AssessmentTest> tests, List<InferenceRule> rules,
            List<Ladder> ladders, List<Exercise> exercises, ProgressionRules progression, ReferralRules referral) {
        this(name, version, references, equipment, findings, flags, tests, rules, ladders, exercises, progression,
                referral, null);
    }

    public ContentCatalogue(String name, String version, List<Reference> references, List<Equipment> equipment,
            List<Finding> findings, List<SafetyFlag> flags, List<AssessmentTest> tests, List<InferenceRule> rules,
            List<Ladder> ladders, List<Exercise> exercises, ProgressionRules progression, ReferralRules referral,
            PrescriptionRules prescription) {
        this(name, version, references, equipment, findings, flags, tests, rules, ladders, exercises, progression,
                referral, prescription, List.of());
    }

    public ContentCatalogue(String name, String version, List<Reference> references, List<Equipment> equipment,
            List<Finding> findings, List<SafetyFlag> flags, List<AssessmentTest> tests, List<InferenceRule> rules,
            List<Ladder> ladders, List<Exercise> exercises, ProgressionRules progression, ReferralRules referral,
            PrescriptionRules prescription, List<RiskNote> riskNotes) {
        this.riskNotes = riskNotes.stream().collect(Collectors.toUnmodifiableMap(RiskNote::risk, n -> n, (a, b) -> a));
        this.prescription = prescription;
        this.name = name;
        this.version = version;
        this.references = index(references, Reference::id);
        this.equipment = index(equipment, Equipment::id);
        this.findings = index(findings, Finding::id);
        this.flags = index(flags, SafetyFlag::id);
        this.tests = index(tests, AssessmentTest::id);
        List<Input> allInputs = tests.stream().flatMap(t -> t.inputs().stream()).toList();
        this.inputs = index(allInputs, Input::id);
        Map<String, AssessmentTest> byInput = new LinkedHashMap<>();
        tests.forEach(t -> t.inputs().forEach(i -> byInput.put(i.id(), t)));
        this.testByInput = Map.copyOf(byInput);
        this.rules = index(rules, InferenceRule::id);
        this.ladders = index(ladders, Ladder::id);
        this.exercises = index(exercises, Exercise::id);
        Map<String, List<Exercise>> steps = new LinkedHashMap<>();
        for (Ladder l : ladders) {
            steps.put(l.id(), exercises.stream().filter(e -> e.ladder().equals(l.id()))
                    .sorted(Comparator.comparingInt(Exercise::level)).toList());
        }
        this.ladderSteps = java.util.Collections.unmodifiableMap(steps);
        this.progression = progression;
        this.referral = referral;
        this.measures = index(referral.measures(), Measure::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        // LinkedHashMap keeps the pack's order, which is the order a reviewer wrote (and the wizard shows).
        return java.util.Collections.unmodifiableMap(items.stream()
                .collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new)));
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    // --- references -------------------------------------------------------------------------------------------

    public List<Reference> references() {
        return List.copyOf(references.values());
    }

    public Optional<Reference> reference(String id) {
        return Optional.ofNullable(references.get(id));
    }

    /** The sources an entry cites, in the order it cites them. */
    public List<Reference> referencesFor(Cited entry) {
        return resolve(entry.references());
    }

    public List<Reference> referencesFor(Sourced block) {
        return resolve(block.references());
    }

    private List<Reference> resolve(List<String> ids) {
        return ids.stream().map(references::get).filter(java.util.Objects::nonNull).toList();
    }

    // --- equipment, findings, safety ----------------------------------------------------------------------------

    public List<Equipment> equipment() {
        return List.copyOf(equipment.values());
    }

    public Optional<Equipment> equipment(String id) {
        return Optional.ofNullable(equipment.get(id));
    }

    public List<Finding> findings() {
        return List.copyOf(findings.values());
    }

    public Optional<Finding> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    public List<SafetyFlag> safetyFlags() {
        return List.copyOf(flags.values());
    }

    public List<SafetyFlag> safetyFlags(FlagLevel level) {
        return flags.values().stream().filter(f -> f.level() == level).toList();
    }

    /** The flags the safety screen asks, in pack order (the others are raised by answers such as age). */
    public List<SafetyFlag> safetyQuestions() {
        return flags.values().stream().filter(SafetyFlag::asked).toList();
    }

    public List<SafetyFlag> safetyQuestions(FlagLevel level) {
        return safetyQuestions().stream().filter(f -> f.level() == level).toList();
    }

    public Optional<SafetyFlag> safetyFlag(String id) {
        return Optional.ofNullable(flags.get(id));
    }

    // --- assessment -------------------------------------------------------------------------------------------

    public List<AssessmentTest> tests() {
        return List.copyOf(tests.values());
    }

    public Optional<AssessmentTest> test(String id) {
        return Optional.ofNullable(tests.get(id));
    }

    /** The tests of one wizard step, in pack order. */
    public List<AssessmentTest> tests(WizardStep step) {
        return tests.values().stream().filter(t -> t.step() == step).toList();
    }

    public Optional<Input> input(String id) {
        return Optional.ofNullable(inputs.get(id));
    }

    public Optional<AssessmentTest> testOfInput(String inputId) {
        return Optional.ofNullable(testByInput.get(inputId));
    }

    public List<InferenceRule> inferenceRules() {
        return List.copyOf(rules.values());
    }

    public Optional<InferenceRule> inferenceRule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<InferenceRule> rulesFor(String findingId) {
        return rules.values().stream().filter(r -> r.finding().equals(findingId)).toList();
    }

    // --- exercises and ladders ----------------------------------------------------------------------------------

    public List<Exercise> exercises() {
        return List.copyOf(exercises.values());
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public List<Exercise> exercises(Pillar pillar) {
        return exercises.values().stream().filter(e -> e.pillar() == pillar).toList();
    }

    public List<Exercise> exercisesFor(String findingId) {
        return exercises.values().stream().filter(e -> e.addresses().contains(findingId)).toList();
    }

    public List<Exercise> exercisesFor(String findingId, Pillar pillar) {
        return exercisesFor(findingId).stream().filter(e -> e.pillar() == pillar).toList();
    }

    public List<Ladder> ladders() {
        return List.copyOf(ladders.values());
    }

    public Optional<Ladder> ladder(String id) {
        return Optional.ofNullable(ladders.get(id));
    }

    /** The exercises of a ladder, easiest first (level 1..n). */
    public List<Exercise> ladderSteps(String ladderId) {
        return ladderSteps.getOrDefault(ladderId, List.of());
    }

    /** One level down the exercise's ladder, or empty at level 1. */
    public Optional<Exercise> easier(String exerciseId) {
        return neighbour(exerciseId, -1);
    }

    /** One level up the exercise's ladder, or empty at the top. */
    public Optional<Exercise> harder(String exerciseId) {
        return neighbour(exerciseId, +1);
    }

    private Optional<Exercise> neighbour(String exerciseId, int delta) {
        Exercise e = exercises.get(exerciseId);
        if (e == null) {
            return Optional.empty();
        }
        List<Exercise> steps = ladderSteps(e.ladder());
        int i = steps.indexOf(e) + delta;
        return i >= 0 && i < steps.size() ? Optional.of(steps.get(i)) : Optional.empty();
    }

    /** Exercises of a form-gated ladder above this level are withheld while the knee still caves in. */
    public boolean allowedWhileCaving(Exercise exercise) {
        Ladder l = ladders.get(exercise.ladder());
        return l == null || !l.formGated() || exercise.level() <= l.maxLevelWhileCaving();
    }

    // --- rules --------------------------------------------------------------------------------------------------

    public ProgressionRules progression() {
        return progression;
    }

    public ReferralRules referral() {
        return referral;
    }

    /** How assessments become programmes (rules/prescription.yaml); null only for a catalogue built without one. */
    public PrescriptionRules prescription() {
        return prescription;
    }

    public List<Measure> measures() {
        return new ArrayList<>(measures.values()).stream().toList();
    }

    public Optional<Measure> measure(String id) {
        return Optional.ofNullable(measures.get(id));
    }
}
