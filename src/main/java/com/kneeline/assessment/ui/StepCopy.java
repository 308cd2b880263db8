package com.kneeline.assessment.ui;

import com.kneeline.content.model.WizardStep;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The wizard's own words for each step (not clinical content): titles and what the person is about to do, from
 * {@code step.<STEP>.title} and {@code .intro} in the translations.
 */
record StepCopy(WizardStep step) {

    static StepCopy of(WizardStep step) {
        return new StepCopy(step);
    }

    String title() {
        return I18NProvider.translate("step." + step.name() + ".title");
    }

    String intro() {
        return I18NProvider.translate("step." + step.name() + ".intro");
    }
}
