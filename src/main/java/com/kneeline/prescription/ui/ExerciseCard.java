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
        // The person reads their own language; the trainer's pages are English for now (docs/i18n.md).
        DateTimeFormatter date = reader == Reader.PERSON ? com.kneeline.base.i18n.Dates.longDate(getLocale()) : DATE;
        details.changeThatAdded(planned.exerciseId()).ifPresent(change -> add(changed(reader == Reader.PERSON
                ? getTranslation(change.madeByTrainer() ? "programme.set-by-trainer-on" : "programme.swapped-on",
                        date.format(change.madeAt()))
                : (change.madeByTrainer() ? "Set by " + change.madeByName() + " · " : "Swapped by the client · ")
                        + date.format(change.madeAt()))));
        details.doseChange(planned.exerciseId()).ifPresent(change -> add(changed(reader == Reader.PERSON
                ? getTranslation("programme.dose-set-on", date.format(change.madeAt()))
                : "Dose set by " + change.madeByName() + " · " + date.format(change.madeAt()))));
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
            text += com.vaadin.flow.i18n.I18NProvider.translate("dose.extra", planned.extraSets(),
                    com.vaadin.flow.i18n.I18NProvider.translate("side." + planned.extraSetsOn().label()));
        }
        return text;
    }

    /** "3 × 8–12 reps per side": the dose without the affected-side extra, as a trainer reads it. */
    public static String plainDose(PlannedExercise planned, Exercise exercise) {
        String amount = planned.holdSecondsMax() > 0
                ? com.vaadin.flow.i18n.I18NProvider.translate("dose.hold",
                        range(planned.holdSecondsMin(), planned.holdSecondsMax()))
                : com.vaadin.flow.i18n.I18NProvider.translate("dose.reps", range(planned.repsMin(), planned.repsMax()));
        return planned.sets() + " × " + amount
                + (exercise.unilateral() ? com.vaadin.flow.i18n.I18NProvider.translate("dose.per-side") : "");
    }

    private static String range(int min, int max) {
        return min == max ? String.valueOf(min) : min + "–" + max;
    }
}
