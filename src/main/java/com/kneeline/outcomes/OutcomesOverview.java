package com.kneeline.outcomes;

import java.time.LocalDate;
import java.util.List;

import com.kneeline.content.model.Maintenance;
import com.kneeline.content.model.NoProgress;
import com.kneeline.content.model.PerformanceTest;
import com.kneeline.content.model.Prom;
import com.kneeline.outcomes.engine.ChangeOutcome;
import com.kneeline.outcomes.engine.GateVerdict;

/**
 * Everything the outcomes page and Progress show for one person: questionnaire scores over time with the change
 * since the first, global ratings, performance results with their symmetry, and the three gates' verdicts.
 *
 * @param questionnairesDue the questionnaires are due: never answered, or a check-in was completed since
 * @param ratingDue         the global rating is asked with them once there is a first answer to compare with
 * @param maintenance       the maintenance programme, given once return to sport is met; null before
 * @param maintenanceExercises the names of its exercises, in the content's order
 * @param noProgress        the content's no-progress referral when the main outcomes have stalled; null otherwise
 */
public record OutcomesOverview(List<PromSeries> proms, List<Rating> ratings, List<TestSeries> tests,
                               GateVerdict hopTesting, GateVerdict speedEntry, GateVerdict returnToSport,
                               boolean questionnairesDue, boolean ratingDue, Maintenance maintenance,
                               List<String> maintenanceExercises, NoProgress noProgress) {

    public OutcomesOverview {
        proms = List.copyOf(proms);
        ratings = List.copyOf(ratings);
        tests = List.copyOf(tests);
        maintenanceExercises = List.copyOf(maintenanceExercises);
    }

    /** @param sinceFirst null with fewer than two scores */
    public record PromSeries(Prom prom, List<Score> scores, ChangeOutcome sinceFirst) {
        public PromSeries {
            scores = List.copyOf(scores);
        }
    }

    public record Score(LocalDate date, double value) {
    }

    public record Rating(LocalDate date, String label, int points) {
    }

    public record TestSeries(PerformanceTest test, List<Result> results) {
        public TestSeries {
            results = List.copyOf(results);
        }
    }

    /**
     * @param lsi        limb symmetry index for hop tests, else null
     * @param difference left minus right for reach tests, else null
     * @param meaningful for reach tests: the difference reaches the meaningful difference
     * @param band       for quality scores: the label of the worse side's band, else null
     */
    public record Result(LocalDate date, InvolvedSide involved, double left, double right, Double lsi,
                         Double difference, boolean meaningful, String band) {
    }
}
