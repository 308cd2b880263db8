package com.kneeline.tracking;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.tracking.engine.Comparison;

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
        Set<Side> caving = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (Comparison.kneeCaves(content.catalogue(), answers, side)) {
                caving.add(side);
            }
        }
        return caving;
    }
}
