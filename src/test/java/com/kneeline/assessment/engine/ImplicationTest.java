package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Side.LEFT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.kneeline.content.model.AsymmetryMeasure;
import com.kneeline.content.model.Comparison;
import com.kneeline.content.model.Condition;
import com.kneeline.content.model.WorseSide;

import org.junit.jupiter.api.Test;

class ImplicationTest {

    @Test
    void twoFootSignsRestateOneSoTheAssessmentShowsOnlyTheStrongerSentence() {
        Answers answers = AssessmentProfiles.leftPronationAndLimitedDorsiflexion();

        InferredFinding pronation = Bundled.ENGINE.infer(answers).stream()
                .filter(f -> f.findingId().equals("excessive-foot-pronation") && f.side() == LEFT).findFirst().orElseThrow();

        assertThat(pronation.evidence()).hasSize(1);
        assertThat(pronation.evidence().getFirst().explanation()).contains("Two or more");
    }

    @Test
    void independentSignsForTheSameFindingAreAllKept() {
        InferredFinding ankle = Bundled.ENGINE.infer(AssessmentProfiles.leftPronationAndLimitedDorsiflexion()).stream()
                .filter(f -> f.findingId().equals("limited-ankle-dorsiflexion") && f.side() == LEFT).findFirst().orElseThrow();

        assertThat(ankle.evidence()).hasSize(2);
    }

    @Test
    void aTighterBoundImpliesALooserOneButNotTheOtherWayRound() {
        var below8 = new Condition.Compare("x", Comparison.BELOW, 8);
        var below10 = new Condition.Compare("x", Comparison.BELOW, 10);
        var atMost10 = new Condition.Compare("x", Comparison.AT_MOST, 10);

        assertThat(Implication.implies(below8, below10)).isTrue();
        assertThat(Implication.implies(below10, below8)).isFalse();
        assertThat(Implication.implies(below10, atMost10)).isTrue();
        assertThat(Implication.implies(atMost10, below10)).isFalse();
        assertThat(Implication.implies(new Condition.Compare("x", Comparison.AT_LEAST, 10), below10)).isFalse();
        assertThat(Implication.implies(new Condition.Compare("y", Comparison.BELOW, 8), below10)).isFalse();
    }

    @Test
    void countsAndAsymmetriesImplyTheirLowerThresholdsOnTheSameInputsOnly() {
        assertThat(Implication.implies(new Condition.CountTrue(List.of("a", "b"), 2), new Condition.CountTrue(List.of("b", "a"), 1))).isTrue();
        assertThat(Implication.implies(new Condition.CountTrue(List.of("a", "b"), 1), new Condition.CountTrue(List.of("a", "b"), 2))).isFalse();
        assertThat(Implication.implies(new Condition.CountTrue(List.of("a", "c"), 2), new Condition.CountTrue(List.of("a", "b"), 1))).isFalse();
        var big = new Condition.Asymmetry("k", 3, WorseSide.LOWER, AsymmetryMeasure.ABSOLUTE);
        var small = new Condition.Asymmetry("k", 1.5, WorseSide.LOWER, AsymmetryMeasure.ABSOLUTE);
        assertThat(Implication.implies(big, small)).isTrue();
        assertThat(Implication.implies(small, big)).isFalse();
        assertThat(Implication.implies(new Condition.Asymmetry("k", 3, WorseSide.LOWER, AsymmetryMeasure.PERCENT), small)).isFalse();
    }
}
