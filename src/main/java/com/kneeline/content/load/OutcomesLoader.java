package com.kneeline.content.load;

import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Validator;

import tools.jackson.databind.JsonNode;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Measure;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.content.model.OutcomeGates;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PerformanceKind;
import com.kneeline.content.model.PerformanceTest;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.Prom;
import com.kneeline.content.model.PromAnswer;
import com.kneeline.content.model.PromItem;
import com.kneeline.content.model.PromScoring;
import com.kneeline.content.model.ScoreBand;

/**
 * Loads and checks the pack's outcomes file (named by {@code outcomes} in pack.yaml) against the already loaded
 * catalogue: scoring shape as published, bands that cover the score, phases, measures, exercises and references
 * that exist. Kept apart from {@link ContentPackLoader} so the questionnaires and gates have one place to change.
 */
public final class OutcomesLoader {

    static final String KEY = "outcomes";

    record OutcomesFile(@NotNull OutcomesContent outcomes) {
    }

    private final Validator validator;

    /** A loader with a validator of its own, for use outside Spring (tests, tools). */
    public OutcomesLoader() {
        this(RecordValidation.standalone());
    }

    /** A loader that checks constraints with the given validator, e.g. the application's. */
    public OutcomesLoader(Validator validator) {
        this.validator = validator;
    }

    /** Loads the outcomes or throws {@link ContentPackException} listing every problem as file:line. */
    public OutcomesContent load(PackSource source, ContentCatalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        OutcomesContent content = check(source, catalogue, problems);
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new ContentPackException(source.describe(), problems);
        }
        return content;
    }

    OutcomesContent check(PackSource source, ContentCatalogue catalogue, List<Problem> problems) {
        Locations locations = new Locations(problems);
        PackReader reader = new PackReader(source, validator, problems, locations);
        YamlDocument manifest = reader.parse(ContentPackLoader.MANIFEST, 0);
        JsonNode path = manifest == null ? null : manifest.root().get(KEY);
        if (path == null || !path.isString()) {
            if (manifest != null) {
                problems.add(new Problem(ContentPackLoader.MANIFEST, manifest.line(""),
                        "'" + KEY + "' must name the outcomes file (questionnaires, performance tests and gates)"));
            }
            return null;
        }
        OutcomesFile file = reader.bind(path.asString(), manifest.line(KEY), OutcomesFile.class);
        if (file == null || file.outcomes() == null) {
            return null;
        }
        new Checks(path.asString(), catalogue, problems, locations).run(file.outcomes());
        return file.outcomes();
    }

    /** Cross-checks of one bound file; problems point at the line of the offending entry. */
    private record Checks(String file, ContentCatalogue catalogue, List<Problem> problems, Locations locations) {

        void run(OutcomesContent c) {
            unique(c.proms(), Prom::id, "questionnaire");
            unique(c.performanceTests(), PerformanceTest::id, "performance test");
            c.proms().forEach(this::prom);
            refs(c.globalRating(), c.globalRating().references());
            Set<Integer> points = new HashSet<>();
            c.globalRating().answers().forEach(a -> {
                if (!points.add(a.points())) {
                    add(a, "the global rating gives " + a.points() + " points to two answers");
                }
            });
            unique(c.globalRating().answers(), PromAnswer::id, "answer");
            c.performanceTests().forEach(this::performanceTest);
            if (c.hopTests().isEmpty()) {
                add(c, "at least one performance test must be of kind 'hop' (return to sport is judged on hop tests)");
            }
            gates(c.gates(), c);
            refs(c.maintenance(), c.maintenance().references());
            for (String id : c.maintenance().exercises()) {
                if (catalogue.exercise(id).filter(e -> e.pillar() == Pillar.NEUROMUSCULAR).isEmpty()) {
                    add(c.maintenance(), "exercises", "maintenance exercise '" + id + "' is not a neuromuscular exercise of the pack");
                }
            }
        }

        private void prom(Prom p) {
            refs(p, p.references());
            refs(p, p.mcidReferences());
            unique(p.items(), PromItem::id, "item of '" + p.id() + "'");
            int best = 0;
            for (PromItem item : p.items()) {
                unique(item.answers(), PromAnswer::id, "answer of '" + item.id() + "'");
                List<Integer> pts = item.answers().stream().map(PromAnswer::points).toList();
                if (p.scoring() == PromScoring.KOOS && !pts.equals(List.of(0, 1, 2, 3, 4))) {
                    add(item, "a KOOS item's answers score 0, 1, 2, 3, 4 in that order, not " + pts);
                }
                if (p.scoring() == PromScoring.SUM && pts.stream().mapToInt(Integer::intValue).min().orElse(0) != 0) {
                    add(item, "the worst answer of a sum-scored item must score 0");
                }
                best += pts.stream().mapToInt(Integer::intValue).max().orElse(0);
            }
            if (p.scoring() == PromScoring.SUM && best != 100) {
                add(p, "the best answers of '" + p.id() + "' add up to " + best + ", not 100");
            }
        }

        private void performanceTest(PerformanceTest t) {
            refs(t, t.references());
            if (t.kind() != PerformanceKind.QUALITY_SCORE) {
                return;
            }
            int next = (int) t.range().min();
            for (ScoreBand b : t.bands()) {
                if (b.min() != next) {
                    add(b, "band '" + b.id() + "' starts at " + b.min() + " but the previous band ends at " + (next - 1));
                }
                next = b.max() + 1;
            }
            if (next - 1 != (int) t.range().max()) {
                add(t, "the bands of '" + t.id() + "' end at " + (next - 1) + ", not at the top of the range "
                        + Names.fmt(t.range().max()));
            }
        }

        private void gates(OutcomeGates g, OutcomesContent c) {
            Set<String> phases = new HashSet<>(catalogue.progression().phases().stream().map(Phase::id).toList());
            refs(g.hopTesting(), g.hopTesting().references());
            g.hopTesting().phases().stream().filter(ph -> !phases.contains(ph))
                    .forEach(ph -> add(g.hopTesting(), "phases", "unknown phase '" + ph + "'"));
            OutcomeGates.SpeedEntry s = g.speedEntry();
            refs(s, s.references());
            if (!phases.contains(s.phase())) {
                add(s, "phase", "unknown phase '" + s.phase() + "'");
            }
            measure(s, s.fppaMeasure(), MeasureKind.NUMERIC);
            measure(s, s.singleLegSquatMeasure(), MeasureKind.PASS_FAIL);
            Optional<PerformanceTest> stepDown = c.performanceTest(s.stepDownTest());
            if (stepDown.filter(t -> t.kind() == PerformanceKind.QUALITY_SCORE).isEmpty()) {
                add(s, "'step-down-test' must name a quality-score performance test, not '" + s.stepDownTest() + "'");
            } else if (!stepDown.get().range().contains(s.stepDownMaxScore())) {
                add(s, "'step-down-max-score' " + s.stepDownMaxScore() + " is outside the test's range");
            }
            refs(g.returnToSport(), g.returnToSport().references());
        }

        private void measure(Object at, String id, MeasureKind kind) {
            Optional<Measure> m = catalogue.measure(id);
            if (m.filter(x -> x.kind() == kind).isEmpty()) {
                add(at, "'" + id + "' must be a " + Names.enumId(kind) + " measure of rules/referral.yaml");
            }
        }

        private void refs(Object at, List<String> ids) {
            ids.stream().filter(id -> catalogue.reference(id).isEmpty())
                    .forEach(id -> add(at, "unknown reference '" + id + "' (not in references.yaml)"));
        }

        private <T> void unique(List<T> items, Function<T, String> id, String kind) {
            Set<String> seen = new HashSet<>();
            for (T item : items) {
                if (!seen.add(id.apply(item))) {
                    add(item, "duplicate " + kind + " id '" + id.apply(item) + "'");
                }
            }
        }

        private void add(Object at, String message) {
            add(at, null, message);
        }

        /** Blames the line of {@code key} inside the entry when it is there, else the entry's first line. */
        private void add(Object at, String key, String message) {
            int line = !locations.has(at) ? 1 : key == null ? locations.line(at) : locations.line(at, key);
            problems.add(new Problem(file, line, message));
        }
    }
}
