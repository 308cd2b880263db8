package com.kneeline.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.StepOutcome;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.WizardStep;

/** Runs the signed-in person through a whole assessment (a baseline or a check-in) with given answers. */
public final class Assessments {

    public static final AboutYou ABOUT = new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, Set.of(),
            30, 3, null);

    private Assessments() {
    }

    /** @return the assessment's id; it is completed, or stopped by the safety screen */
    public static long complete(AssessmentService assessments, Answers profile) {
        return complete(assessments, profile, ABOUT);
    }

    public static long complete(AssessmentService assessments, Answers profile, AboutYou about) {
        long id = assessments.startOrResume().id();
        for (WizardStep step : WizardStep.values()) {
            Map<AnswerKey, String> answers = new HashMap<>();
            assessments.keysOf(step).forEach(key -> answers.put(key, profile.raw(key).orElse(null)));
            StepOutcome outcome = assessments.saveStep(id, step, answers, about, true);
            assertThat(outcome.errors()).isEmpty();
            if (outcome.assessment().status() != AssessmentStatus.DRAFT) {
                break;
            }
        }
        return id;
    }

    /** The same answers with one per-side value changed. */
    public static Answers with(Answers profile, String input, Side side, String value) {
        return profile.with(AnswerKey.of(input, side), value);
    }
}
