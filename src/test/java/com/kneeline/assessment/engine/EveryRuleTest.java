package com.kneeline.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.kneeline.content.model.InferenceRule;

/**
 * Walks every inference rule of the bundled pack, so a rule added to the content later is covered without a new
 * test: answers built from its own conditions make it fire, and nudging any one condition a step past its
 * boundary, or skipping any input it reads, makes it not fire.
 */
class EveryRuleTest {

    private static final FindingsEngine ENGINE = Bundled.ENGINE;
    private static final RuleAnswers BUILD = new RuleAnswers(Bundled.CATALOGUE);

    static Stream<Named<InferenceRule>> rules() {
        return Bundled.CATALOGUE.inferenceRules().stream().map(r -> Named.of(r.id(), r));
    }

    static Stream<Arguments> conditions() {
        return Bundled.CATALOGUE.inferenceRules().stream().flatMap(r -> IntStream.range(0, r.when().size())
                .mapToObj(i -> Arguments.of(Named.of(r.id(), r), Named.of("condition " + (i + 1), i))));
    }

    static Stream<Arguments> inputs() {
        // the inputs the minimal firing answers rely on (a count of 2 of 4 relies on the 2 answered yes)
        return Bundled.CATALOGUE.inferenceRules().stream().flatMap(r -> BUILD.firing(r).keySet().stream()
                .map(AnswerKey::inputId).distinct().map(input -> Arguments.of(Named.of(r.id(), r), input)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aRuleFiresWhenAnswersMeetAllItsConditionsAndItsEvidenceIsReported(InferenceRule rule) {
        List<InferredFinding> findings = ENGINE.infer(Answers.of(BUILD.firing(rule)));

        Optional<InferredFinding> finding = find(findings, rule.finding(), RuleAnswers.sideOf(rule));
        assertThat(finding).as("finding %s on %s", rule.finding(), RuleAnswers.sideOf(rule)).isPresent();
        assertThat(finding.get().evidence()).filteredOn(e -> e.ruleId().equals(rule.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.strength()).isEqualTo(rule.strength());
                    assertThat(e.explanation()).isNotBlank().doesNotContain("{", "}");
                });
        assertThat(finding.get().strength()).isGreaterThanOrEqualTo(rule.strength());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aPerSideRuleAnsweredForOneLegPutsItsFindingOnThatLegOnly(InferenceRule rule) {
        List<InferredFinding> findings = ENGINE.infer(Answers.of(BUILD.firing(rule)));

        Side side = RuleAnswers.sideOf(rule);
        assertThat(findings).allSatisfy(f -> assertThat(f.side()).isEqualTo(side));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("conditions")
    void aRuleDoesNotFireWhenOneConditionMissesItsBoundaryByOneStep(InferenceRule rule, int index) {
        Optional<Map<AnswerKey, String>> answers = BUILD.justMissing(rule, index);
        if (answers.isEmpty()) {
            return; // e.g. "at-least the minimum" cannot be missed within the input's range
        }
        assertThat(evidenceOf(ENGINE.infer(Answers.of(answers.get())), rule)).as("%s", answers.get()).isEmpty();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("inputs")
    void aRuleDoesNotFireWhenAnInputItReadsIsSkipped(InferenceRule rule, String inputId) {
        Map<AnswerKey, String> answers = new LinkedHashMap<>(BUILD.firing(rule));
        answers.keySet().removeIf(k -> k.inputId().equals(inputId) && (k.side() == null || k.side() == Side.LEFT));

        assertThat(evidenceOf(ENGINE.infer(Answers.of(answers)), rule)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyExplanationFilledFromAnswersHasNoPlaceholderLeft(InferenceRule rule) {
        List<InferredFinding> findings = ENGINE.infer(Answers.of(BUILD.firing(rule)));

        assertThat(findings).flatMap(InferredFinding::evidence).isNotEmpty()
                .allSatisfy(e -> assertThat(e.explanation()).doesNotContain("{", "}"));
    }

    @Test
    void everyRuleOfThePackIsWalked() {
        assertThat(rules()).hasSize(Bundled.CATALOGUE.inferenceRules().size()).isNotEmpty();
    }

    static Optional<InferredFinding> find(List<InferredFinding> findings, String findingId, Side side) {
        return findings.stream().filter(f -> f.findingId().equals(findingId) && f.side() == side).findFirst();
    }

    private static List<Evidence> evidenceOf(List<InferredFinding> findings, InferenceRule rule) {
        return findings.stream().filter(f -> f.side() == RuleAnswers.sideOf(rule)).flatMap(f -> f.evidence().stream())
                .filter(e -> e.ruleId().equals(rule.id())).toList();
    }
}
