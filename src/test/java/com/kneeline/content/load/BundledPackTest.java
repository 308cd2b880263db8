package com.kneeline.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Pillar;

/** The pack shipped in the jar: valid, and covering everything the three articles and the parameters name. */
class BundledPackTest {

    private static final ContentPackLoader.Result RESULT = new ContentPackLoader()
            .check(PackSource.classpath(BundledPackTest.class.getClassLoader(), "kneeline-content"));

    private static ContentCatalogue catalogue() {
        return RESULT.catalogue();
    }

    @Test
    void bundledPackLoadsWithZeroProblems() {
        assertThat(RESULT.problems()).map(Problem::toString).isEmpty();
    }

    @Test
    void everyFindingTheArticlesNameIsInThePack() {
        assertThat(catalogue().findings()).extracting(Finding::id).containsExactlyInAnyOrder(
                "weak-glute-medius", "weak-glute-maximus", "weak-hip-external-rotators", "tight-adductors",
                "tfl-overactivity", "tight-medial-hamstrings", "limited-ankle-dorsiflexion", "tight-gastrocnemius",
                "excessive-foot-pronation", "quadriceps-dominance", "poor-motor-control", "trunk-control-deficit",
                "painful-knee-loading", "structural-factors", "static-valgus");
    }

    @Test
    void everyFindingCanBeReachedByAnInferenceRule() {
        assertThat(catalogue().findings()).allSatisfy(f -> assertThat(catalogue().rulesFor(f.id())).isNotEmpty());
    }

    @Test
    void everyExerciseTheArticlesNameIsInThePack() {
        List<String> named = List.of(
                "clamshell", "banded-side-walk", "side-lying-hip-abduction", "glute-bridge", "hip-thrust",
                "romanian-deadlift", "step-up", "seated-banded-hip-external-rotation",
                "single-leg-bridge-external-rotation", "gastrocnemius-stretch", "soleus-stretch",
                "knee-to-wall-mobilisation", "heel-elevated-squat", "frog-stretch", "butterfly-stretch",
                "piriformis-stretch", "single-leg-squat", "pistol-squat-progression", "single-leg-romanian-deadlift",
                "mirror-squat-knees-out", "short-foot", "heel-raise-ball-squeeze", "drop-landing", "jump-and-stick",
                "hop-and-stick", "lateral-bound", "deceleration-stop", "side-step-cut");
        assertThat(named).allSatisfy(id -> assertThat(catalogue().exercise(id)).as(id).isPresent());
    }

    @Test
    void everyTestAndSafetyFlagTheParametersNameIsInThePack() {
        assertThat(List.of("current-pain", "static-valgus-check", "single-leg-squat", "knees-out-cue",
                "foot-observation", "knee-to-wall", "calf-check", "pelvic-drop", "hip-abduction-hold", "side-bridge",
                "adductor-check")).allSatisfy(id -> assertThat(catalogue().test(id)).as(id).isPresent());
        assertThat(List.of("pop-with-swelling", "giving-way", "locked-knee", "cannot-take-four-steps",
                "cannot-bend-to-90", "kneecap-tenderness", "fibular-head-tenderness", "hot-red-swollen-with-fever",
                "numbness-tingling-cold-foot", "cannot-walk", "night-or-rest-pain", "unexplained-weight-loss"))
                .allSatisfy(id -> assertThat(catalogue().safetyFlag(id)).as(id).isPresent());
    }

    @Test
    void everySourceTheParametersNameHasAReference() {
        assertThat(List.of("article-causes-corrections", "article-three-faults", "article-muscles", "mcgovern-2018",
                "crossley-2011", "ressman-2019", "ressman-2021", "ugalde-2015", "willson-davis-2008",
                "herrington-munro-2010", "herrington-2014", "munro-2012", "nilstad", "bennell-1998", "powden-2015",
                "chisholm-2012", "backman-danielson-2011", "physiopedia-knee-to-wall", "langley-2016", "brody-1982",
                "redmond-2008", "magee", "bird-2001", "mcgill-1999", "stiell-1995", "nhs-knee-pain",
                "silbernagel-2007", "acsm-2009", "zourdos-2016", "rogerson-2024", "acsm-stretching", "thorborg-2017",
                "sahabuddin-2021", "baldon-2014", "rinaldi-2022"))
                .allSatisfy(id -> assertThat(catalogue().reference(id)).as(id).isPresent());
    }

    @Test
    void everyPillarHasExercisesAndEveryLadderHasAtLeastThreeSteps() {
        assertThat(List.of(Pillar.STRENGTH, Pillar.MOBILITY, Pillar.NEUROMUSCULAR))
                .allSatisfy(p -> assertThat(catalogue().exercises(p)).isNotEmpty());
        assertThat(catalogue().ladders()).allSatisfy(l -> assertThat(catalogue().ladderSteps(l.id())).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void knownDefaultsAreEncodedAsData() {
        var referral = catalogue().referral();
        assertThat(referral.reassessment().defaultIntervalWeeks()).isEqualTo(4);
        assertThat(catalogue().measure("knee-to-wall").orElseThrow().mdc()).extracting("value")
                .containsExactly(1.0, 1.5, 1.6, 1.9);
        assertThat(catalogue().progression().painMonitoring().acceptableDuringMax()).isEqualTo(5);
        assertThat(catalogue().progression().doubleProgression().loadStepPercent().max()).isEqualTo(10.0);
    }
}
