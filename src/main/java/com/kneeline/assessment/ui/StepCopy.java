package com.kneeline.assessment.ui;

import com.kneeline.content.model.WizardStep;

/** The wizard's own words for each step: titles and what the person is about to do (not clinical content). */
enum StepCopy {
    SAFETY(WizardStep.SAFETY, "Safety first",
            "A few questions to make sure exercise is right for your knee now. Answer for how things are today."),
    ABOUT(WizardStep.ABOUT, "About you",
            "So your programme fits your knees, your goals, your equipment and your week."),
    SINGLE_LEG_SQUAT(WizardStep.SINGLE_LEG_SQUAT, "Single-leg squat",
            "The key test: it shows whether and why your knee caves in. Prop your phone up to film it."),
    FOOT(WizardStep.FOOT, "Your feet", "How your arch and the outer edge of your foot behave on one leg."),
    ANKLE(WizardStep.ANKLE, "Your ankles", "How far your shin moves over your foot. You need a wall and a tape measure."),
    HIP_TRUNK(WizardStep.HIP_TRUNK, "Hips and trunk",
            "Side hip strength, pelvis control and tight muscles. You need a mat or carpet and a timer.");

    final WizardStep step;
    final String title;
    final String intro;

    StepCopy(WizardStep step, String title, String intro) {
        this.step = step;
        this.title = title;
        this.intro = intro;
    }

    static StepCopy of(WizardStep step) {
        for (StepCopy copy : values()) {
            if (copy.step == step) {
                return copy;
            }
        }
        throw new IllegalArgumentException("No copy for " + step);
    }
}
