package com.kneeline.outcomes.engine;

import java.util.Map;
import java.util.Optional;

import com.kneeline.content.model.Prom;
import com.kneeline.content.model.PromAnswer;
import com.kneeline.content.model.PromItem;

/** Scores a questionnaire as its authors publish it; too many unanswered items give no score rather than a guess. */
public final class PromScorer {

    private static final double KOOS_ITEM_MAX = 4.0;

    private PromScorer() {
    }

    /**
     * @param answers item id to answer id; items left out are unanswered
     * @return the 0-100 score, or empty when more items are missing than the instrument allows
     * @throws IllegalArgumentException when an answer id is not one of the item's answers
     */
    public static Optional<Double> score(Prom prom, Map<String, String> answers) {
        int answered = 0;
        double points = 0;
        for (PromItem item : prom.items()) {
            String chosen = answers.get(item.id());
            if (chosen == null) {
                continue;
            }
            PromAnswer a = item.answers().stream().filter(x -> x.id().equals(chosen)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + chosen + "' is not an answer to " + item.id()));
            points += a.points();
            answered++;
        }
        int missing = prom.items().size() - answered;
        if (missing > prom.maxMissing() || answered == 0) {
            return Optional.empty();
        }
        return Optional.of(switch (prom.scoring()) {
            case SUM -> points;
            case KOOS -> 100.0 - (points / answered) * 100.0 / KOOS_ITEM_MAX;
        });
    }
}
