package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Found.finding;
import static com.kneeline.assessment.engine.Found.infer;
import static com.kneeline.assessment.engine.Found.rules;
import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;
import static com.kneeline.content.model.Strength.LIKELY;
import static com.kneeline.content.model.Strength.POSSIBLE;
import static com.kneeline.content.model.Strength.STRONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.kneeline.content.model.Finding;

/** How findings are grouped, ordered and explained, independent of any one rule. */
class InferenceShapeTest {

    @Test
    void noAnswersGiveNoFindings() {
        assertThat(Bundled.ENGINE.infer(Answers.empty())).isEmpty();
    }

    @Test
    void findingsComeInCatalogueOrderThenLeftThenRightThenSideless() {
        List<InferredFinding> findings = infer(AnswerSheet.create()
                .yes("static-valgus-knees-touch")
                .yes("sls-trunk-sway", RIGHT)
                .yes("foot-arch-collapses", RIGHT).yes("foot-arch-collapses", LEFT)
                .yes("pelvic-drop", RIGHT)
                .set("knee-to-wall-cm", LEFT, "8").set("knee-to-wall-cm", RIGHT, "8")
                .yes("kneecaps-point-inward"));

        assertThat(findings).extracting("findingId", "side").containsExactly(
                tuple("weak-glute-medius", RIGHT),
                tuple("limited-ankle-dorsiflexion", LEFT), tuple("limited-ankle-dorsiflexion", RIGHT),
                tuple("excessive-foot-pronation", LEFT), tuple("excessive-foot-pronation", RIGHT),
                tuple("trunk-control-deficit", RIGHT),
                tuple("structural-factors", null), tuple("static-valgus", null));
        List<String> catalogueOrder = Bundled.CATALOGUE.findings().stream().map(Finding::id).toList();
        assertThat(findings.stream().map(f -> catalogueOrder.indexOf(f.findingId())).toList()).isSorted();
    }

    @Test
    void oneEntryPerFindingAndSideWithTheStrongestRuleAndAllEvidenceStrongestFirstThenInRuleOrder() {
        List<InferredFinding> findings = infer(AnswerSheet.create()
                .set("knee-to-wall-result", LEFT, "could-not-reach")
                .set("knee-to-wall-cm", LEFT, "5").set("knee-to-wall-cm", RIGHT, "11")
                .yes("calf-bent-knee-limited", LEFT));

        assertThat(findings).extracting("findingId", "side", "strength")
                .containsExactly(finding("limited-ankle-dorsiflexion", LEFT, STRONG));
        assertThat(findings.getFirst().evidence()).extracting(Evidence::ruleId, Evidence::strength).containsExactly(
                tuple("ktw-could-not-reach", STRONG),
                tuple("ktw-below-cutoff", LIKELY),
                tuple("ktw-asymmetry", LIKELY),
                tuple("calf-bent-knee-limited", POSSIBLE));
    }

    @ParameterizedTest
    @CsvSource({"6, 6", "6.0, 6", "6.50, 6.5", "6.25, 6.25", "0, 0", "0.0, 0", ".5, 0.5"})
    void numbersInExplanationsAreWrittenWithoutTrailingZeros(String raw, String shown) {
        assertThat(Found.explanation(infer(AnswerSheet.create().set("knee-to-wall-cm", LEFT, raw)), "ktw-below-cutoff"))
                .isEqualTo("Your left knee-to-wall distance was " + shown + " cm, below 10 cm, a common rule of thumb for a stiff ankle.");
    }

    @Test
    void anAnswerThatDoesNotFitItsInputCountsAsNotAnswered() {
        assertThat(infer(AnswerSheet.create()
                .set("pelvic-drop", LEFT, "YES") // not "yes"
                .set("sls-trunk-sway", LEFT, "true")
                .set("knee-to-wall-cm", LEFT, "6,5") // comma
                .set("knee-to-wall-cm", RIGHT, "-1") // out of range
                .set("hip-abduction-hold-seconds", LEFT, "20.5") // not whole
                .set("navicular-drop-mm", LEFT, "NaN")
                .set("fpi6-total", LEFT, "Infinity")
                .set("knee-to-wall-result", RIGHT, "could not reach"))).isEmpty();
    }

    @Test
    void aPerSideAnswerStoredWithoutASideIsNotRead() {
        assertThat(infer(AnswerSheet.create().yes("pelvic-drop").set("knee-to-wall-cm", "5"))).isEmpty();
    }

    @Test
    void anAnswerForAnInputThePackDoesNotKnowIsIgnored() {
        assertThat(infer(AnswerSheet.create().set("age", "60").yes("sls-trunk-sway", LEFT)))
                .extracting("findingId", "side", "strength")
                .containsExactly(finding("trunk-control-deficit", LEFT, LIKELY));
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameFindingsAlsoFromManyThreadsAtOnce() throws Exception {
        Answers answers = AssessmentProfiles.leftPronationAndLimitedDorsiflexion();
        List<InferredFinding> expected = Bundled.ENGINE.infer(answers);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<InferredFinding>>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> Bundled.ENGINE.infer(answers))).toList();
            for (Future<List<InferredFinding>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEvidenceOfAFindingNamesEveryRuleThatFiredForIt() {
        assertThat(rules(infer(AnswerSheet.create().yes("pelvic-drop", LEFT).yes("sls-pelvis-drop", LEFT)
                .no("sls-knee-inward", LEFT)), "weak-glute-medius", LEFT))
                .containsExactly("gmed-pelvic-drop-test", "gmed-sls-pelvis-drop");
    }
}
