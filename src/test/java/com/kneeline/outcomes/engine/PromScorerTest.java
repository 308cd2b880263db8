package com.kneeline.outcomes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.Prom;
import com.kneeline.content.model.PromItem;

/** Worked examples computed by hand from each instrument's published scoring. */
class PromScorerTest {

    private final Prom kujala = BundledOutcomes.OUTCOMES.prom("kujala").orElseThrow();
    private final Prom koos = BundledOutcomes.OUTCOMES.prom("koos-sport").orElseThrow();

    @Test
    void anteriorKneePainScaleHasThirteenItemsWhoseBestAnswersMakeOneHundred() {
        assertThat(kujala.items()).hasSize(13);
        assertThat(PromScorer.score(kujala, pick(kujala, 0))).contains(100.0);
        assertThat(PromScorer.score(kujala, pickLast(kujala))).contains(0.0);
    }

    @Test
    void anteriorKneePainScaleAddsThePointsOfEachAnswer() {
        // Kujala 1993: limp slight 3, support full 5, walking unlimited 5, stairs slight pain descending 8,
        // squatting painful each time 3, running slight pain from start 6, jumping slight difficulty 7,
        // sitting pain after exercise 8, pain slight 8, swelling after severe exertion 8, patella none 10,
        // atrophy none 5, flexion deficiency none 5 = 81.
        Map<String, String> a = new LinkedHashMap<>(pick(kujala, 0));
        a.put("limp", "slight");
        a.put("stairs", "slight-down");
        a.put("squatting", "painful-each-time");
        a.put("running", "slight-from-start");
        a.put("jumping", "slight");
        a.put("sitting", "pain-after-exercise");
        a.put("pain", "slight");
        a.put("swelling", "severe-exertion");
        assertThat(PromScorer.score(kujala, a)).contains(81.0);
    }

    @Test
    void anteriorKneePainScaleGivesNoScoreWithAnItemUnanswered() {
        Map<String, String> a = new HashMap<>(pick(kujala, 0));
        a.remove("swelling");
        assertThat(PromScorer.score(kujala, a)).isEmpty();
    }

    @Test
    void koosSportScoresOneHundredMinusTheMeanItemTimesTwentyFive() {
        // KOOS user's guide: 100 - (mean of Sp1-Sp5 x 100) / 4. Answers 1, 2, 1, 0, 3: mean 1.4, score 65.
        Map<String, String> a = Map.of("squatting", "mild", "running", "moderate", "jumping", "mild",
                "twisting", "none", "kneeling", "severe");
        assertThat(PromScorer.score(koos, a)).contains(65.0);
        assertThat(PromScorer.score(koos, pick(koos, 0))).contains(100.0);
        assertThat(PromScorer.score(koos, pickLast(koos))).contains(0.0);
    }

    @Test
    void koosSportAveragesTheAnsweredItemsWhenUpToTwoAreMissing() {
        // Two missing: mean of 2, 2, 3 = 2.333..., score 41.67.
        Map<String, String> a = Map.of("squatting", "moderate", "running", "moderate", "jumping", "severe");
        assertThat(PromScorer.score(koos, a)).hasValueSatisfying(s -> assertThat(s).isCloseTo(41.667,
                org.assertj.core.data.Offset.offset(0.001)));
    }

    @Test
    void koosSportGivesNoScoreWhenThreeItemsAreMissing() {
        assertThat(PromScorer.score(koos, Map.of("squatting", "mild", "running", "mild"))).isEmpty();
    }

    @Test
    void anAnswerThatIsNotOfferedIsRejected() {
        assertThatThrownBy(() -> PromScorer.score(koos, Map.of("squatting", "terrible")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> pick(Prom p, int index) {
        Map<String, String> a = new LinkedHashMap<>();
        for (PromItem i : p.items()) {
            a.put(i.id(), i.answers().get(index).id());
        }
        return a;
    }

    private static Map<String, String> pickLast(Prom p) {
        Map<String, String> a = new LinkedHashMap<>();
        for (PromItem i : p.items()) {
            List<com.kneeline.content.model.PromAnswer> answers = i.answers();
            a.put(i.id(), answers.get(answers.size() - 1).id());
        }
        return a;
    }
}
