package com.kneeline.tracking;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;

/** The latest form check the tracker's engines read: the latest completed assessment's single-leg squat. */
final class FormCheck {

    private FormCheck() {
    }

    /** The sides on which the signed-in person's latest completed assessment saw the knee cave in. */
    static Set<Side> caving(AssessmentService assessments, ContentService content) {
        Optional<AssessmentSummary> latest = assessments.latestCompleted();
        if (latest.isEmpty()) {
            return Set.of();
        }
        Answers answers = assessments.get(latest.get().id()).answers();
        String input = content.catalogue().prescription().cavingInput();
        Set<Side> caving = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            answers.raw(input, side).filter(v -> v.strip().toLowerCase(Locale.ROOT).equals(Answers.YES))
                    .ifPresent(v -> caving.add(side));
        }
        return caving;
    }
}
