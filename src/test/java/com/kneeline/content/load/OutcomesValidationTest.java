package com.kneeline.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PerformanceKind;

/** The bundled outcomes file is valid, and each kind of mistake in it is reported as file:line: message. */
class OutcomesValidationTest {

    private static final PackSource BUNDLED = PackSource.classpath(OutcomesValidationTest.class.getClassLoader(),
            "kneeline-content");
    private static final ContentCatalogue CATALOGUE = new ContentPackLoader().load(BUNDLED);

    @Test
    void bundledOutcomesLoadWithTheQuestionnairesTestsAndGatesTheIssueNames() {
        List<Problem> problems = new ArrayList<>();
        OutcomesContent o = new OutcomesLoader().check(BUNDLED, CATALOGUE, problems);
        assertThat(problems).map(Problem::toString).isEmpty();
        assertThat(o.proms()).extracting("id").containsExactly("kujala", "koos-sport");
        assertThat(o.proms()).allSatisfy(p -> assertThat(p.licence()).isNotBlank());
        assertThat(o.hopTests()).extracting("id")
                .containsExactly("single-hop", "triple-hop", "crossover-hop", "timed-hop");
        assertThat(o.performanceTest("lateral-step-down")).get().extracting("kind").isEqualTo(PerformanceKind.QUALITY_SCORE);
        assertThat(o.performanceTest("y-balance-anterior")).get().extracting("meaningfulDifference").isEqualTo(4.0);
        assertThat(o.maintenance().minutes().min()).isEqualTo(20);
        assertThat(o.maintenance().evidence()).extracting(Enum::name).containsExactly("EXTRAPOLATED");
    }

    @Test
    void sumScoredQuestionnaireMustAddUpToOneHundred() {
        assertThat(problemsWith("{id: none, label: No, points: 5}\n            - {id: slight, label: Slightly or now",
                "{id: none, label: No, points: 4}\n            - {id: slight, label: Slightly or now"))
                .containsExactly("outcomes.yaml:6: the best answers of 'kujala' add up to 99, not 100");
    }

    @Test
    void koosItemsMustScoreZeroToFour() {
        assertThat(problemsWith("{id: extreme, label: Extreme, points: 4}",
                "{id: extreme, label: Extreme, points: 5}"))
                .hasSize(5).allMatch(p -> p.endsWith("a KOOS item's answers score 0, 1, 2, 3, 4 in that order, not [0, 1, 2, 3, 5]"));
    }

    @Test
    void gateNamingAnUnknownPhaseIsReported() {
        assertThat(problemsWith("phases: [strength, speed]", "phases: [strength, sprint]"))
                .containsExactly("outcomes.yaml:334: unknown phase 'sprint'");
    }

    @Test
    void qualityScoreBandsMustCoverTheScoreWithoutGaps() {
        assertThat(problemsWith("{id: moderate, label: Moderate, min: 2, max: 3}",
                "{id: moderate, label: Moderate, min: 2, max: 2}"))
                .containsExactly("outcomes.yaml:303: band 'poor' starts at 4 but the previous band ends at 2");
    }

    @Test
    void maintenanceExercisesMustBeNeuromuscular() {
        assertThat(problemsWith("exercises: [single-leg-balance,", "exercises: [clamshell,"))
                .containsExactly("outcomes.yaml:386: maintenance exercise 'clamshell' is not a neuromuscular exercise of the pack");
    }

    @Test
    void unknownReferenceAndUnknownKeyAreReported() {
        assertThat(problemsWith("references: [petushek-2019]", "references: [petushek-2020]\n    colour: red"))
                .anySatisfy(p -> assertThat(p).startsWith("outcomes.yaml:").contains("unknown key 'colour'"));
    }

    @Test
    void aPackWhoseManifestNamesNoOutcomesFileDoesNotStart() {
        PackSource noKey = overlay("pack.yaml", s -> s.replace("outcomes: outcomes.yaml", ""));
        assertThatThrownBy(() -> new OutcomesLoader().load(noKey, CATALOGUE))
                .isInstanceOf(ContentPackException.class)
                .hasMessageContaining("pack.yaml:").hasMessageContaining("'outcomes' must name the outcomes file");
    }

    private static List<String> problemsWith(String from, String to) {
        PackSource changed = overlay("outcomes.yaml", s -> {
            assertThat(s).contains(from);
            return s.replace(from, to);
        });
        List<Problem> problems = new ArrayList<>();
        new OutcomesLoader().check(changed, CATALOGUE, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    private static PackSource overlay(String file, java.util.function.UnaryOperator<String> edit) {
        return new PackSource() {
            public String describe() {
                return "edited " + file;
            }

            public Optional<byte[]> read(String path) throws IOException {
                Optional<byte[]> bytes = BUNDLED.read(path);
                if (!path.equals(file) || bytes.isEmpty()) {
                    return bytes;
                }
                return Optional.of(edit.apply(new String(bytes.get(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
