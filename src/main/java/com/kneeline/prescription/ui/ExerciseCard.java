package com.kneeline.prescription.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.kneeline.base.ui.UiBits;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.engine.PlannedExercise;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One planned exercise as a card: its name, a badge, who changed it and when, and its dose. The person's programme
 * and the trainer's plan editor both show exercises with it and add what only they need (cues and a swap; the
 * weight and an adjust button).
 */
public class ExerciseCard extends Card {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withZone(ZoneId.systemDefault());

    /** Whose eyes the card is for: the words for who changed the exercise differ. */
    public enum Reader { PERSON, TRAINER }

    public ExerciseCard(ProgrammeDetails details, PlannedExercise planned, Exercise exercise, Component title,
                        String badge, Reader reader) {
        addClassName("kl-planned-exercise");
        setTitle(title);
        setHeaderSuffix(UiBits.badge(badge, "contrast"));
        // Below the title rather than beside it, so a long name keeps its width on a phone.
        details.changeThatAdded(planned.exerciseId()).ifPresent(change -> add(changed(
                (change.madeByTrainer() ? reader == Reader.PERSON ? "Set by your trainer on " : "Set by "
                        + change.madeByName() + " · " : reader == Reader.PERSON ? "Swapped by you on "
                        : "Swapped by the client · ") + DATE.format(change.madeAt()))));
        details.doseChange(planned.exerciseId()).ifPresent(change -> add(changed((reader == Reader.PERSON
                ? "Dose set by your trainer on " : "Dose set by " + change.madeByName() + " · ")
                + DATE.format(change.madeAt()))));
        Paragraph dose = new Paragraph(reader == Reader.PERSON ? dose(planned, exercise) : plainDose(planned, exercise));
        dose.addClassName("kl-dose");
        add(dose);
    }

    private static Div changed(String text) {
        return new Div(UiBits.badge(text, "success"));
    }

    /** "3 × 8–12 reps per side, plus 1 set on your left side"; also on a trainer's client page. */
    public static String dose(PlannedExercise planned, Exercise exercise) {
        String text = plainDose(planned, exercise);
        if (planned.extraSetsOn() != null && planned.extraSets() > 0) {
            text += ", plus " + planned.extraSets() + (planned.extraSets() == 1 ? " set" : " sets") + " on your "
                    + planned.extraSetsOn().label() + " side";
        }
        return text;
    }

    /** "3 × 8–12 reps per side": the dose without the affected-side extra, as a trainer reads it. */
    public static String plainDose(PlannedExercise planned, Exercise exercise) {
        String amount = planned.holdSecondsMax() > 0
                ? range(planned.holdSecondsMin(), planned.holdSecondsMax()) + " s hold"
                : range(planned.repsMin(), planned.repsMax()) + " reps";
        return planned.sets() + " × " + amount + (exercise.unilateral() ? " per side" : "");
    }

    private static String range(int min, int max) {
        return min == max ? String.valueOf(min) : min + "–" + max;
    }
}
