package com.kneeline.assessment;

import java.util.List;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.content.model.WizardStep;

/**
 * The assessment changed (in another tab or on another device) after this screen loaded it: nothing was saved.
 * Names what changed, so the screen can say so next to the fields and keep what the person typed.
 *
 * @param now            the assessment as it is now
 * @param changedAnswers answers of the shown step that now differ from what the screen showed
 * @param aboutChanged   whether the about-you answers changed (the about step only)
 */
public class EditConflictException extends RuntimeException {

    private final transient AssessmentDetails now;
    private final transient List<AnswerKey> changedAnswers;
    private final boolean aboutChanged;

    EditConflictException(AssessmentDetails now, List<AnswerKey> changedAnswers, boolean aboutChanged) {
        super("Assessment " + now.id() + " changed since it was shown");
        this.now = now;
        this.changedAnswers = List.copyOf(changedAnswers);
        this.aboutChanged = aboutChanged;
    }

    public AssessmentDetails now() {
        return now;
    }

    public List<AnswerKey> changedAnswers() {
        return changedAnswers;
    }

    public boolean aboutChanged() {
        return aboutChanged;
    }

    /** Where the assessment is now, when the other tab moved it on (or back) from the step shown here. */
    public boolean movedFrom(WizardStep shown) {
        return now.currentStep() != shown;
    }
}
