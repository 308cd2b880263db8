package com.kneeline.tracking.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.ExercisePrescription;
import com.kneeline.tracking.engine.SetLog;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Logging a session: a card per exercise (and side) with "Done as planned" for the whole exercise, a reps (or
 * seconds) stepper that applies to every set, so doing more than planned is one tap, and for loadable exercises a
 * load field with its guidance; below, a compact row per set prefilled from the prescription, whose reps, load,
 * effort, pain and knee tracking can be changed under the pencil. An exercise can be skipped with a reason. The card
 * says why its dose changed, when it did. Also used to correct a logged session.
 */
public class SessionForm extends Composite<Div> {

    /** What "RPE" means, said where effort is asked (the dose line and each set's effort field). */
    static final String RPE_EXPLAINED = "Effort (RPE) is how hard a set felt, from 1 (very easy) to 10 (you could "
            + "not have done one more rep). RPE 7 means about 3 more reps were left in you.";
    static final String RPE_HELP = "10 = no rep left · 7 = about 3 left";

    private final List<ExerciseBlock> blocks = new ArrayList<>();

    /**
     * @param existing the logs to start from when correcting a session, or an empty list for a new one
     */
    public SessionForm(List<PlannedSession.Item> items, List<ExerciseLog> existing, ContentService content) {
        getContent().addClassName("kl-session-form");
        Paragraph rpe = new Paragraph(RPE_EXPLAINED);
        rpe.addClassName("kl-fine-print");
        rpe.setId("rpe-explained");
        getContent().add(rpe);
        for (PlannedSession.Item item : items) {
            Optional<ExerciseLog> log = existing.stream().filter(l -> l.exerciseId()
                    .equals(item.prescription().exerciseId()) && l.side() == item.prescription().side()).findFirst();
            ExerciseBlock block = new ExerciseBlock(item, log, content.exercise(item.prescription().exerciseId())
                    .orElseThrow());
            blocks.add(block);
            getContent().add(block.card);
        }
    }

    /** The logs to save: exercises with at least one set done, and skipped ones. */
    public List<ExerciseLog> logs() {
        List<ExerciseLog> out = new ArrayList<>();
        for (ExerciseBlock block : blocks) {
            block.log().ifPresent(out::add);
        }
        return out;
    }

    /** Marks every set of every exercise that is not skipped as done as planned (for a quick "did it all"). */
    public void markAllDone() {
        blocks.forEach(ExerciseBlock::markAllDone);
    }

    static String itemName(Exercise exercise, ExercisePrescription p) {
        return exercise.name() + (p.side() == null ? "" : " · " + capitalise(p.side().label()));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String unit(ExercisePrescription p) {
        return p.timed() ? " s" : " reps";
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static final class ExerciseBlock {
        final PlannedSession.Item item;
        final ExercisePrescription p;
        final Card card = new Card();
        final List<SetRow> rows = new ArrayList<>();
        final Div setsBox = new Div();
        final Div skipBox = new Div();
        final String id;
        /** Built the first time the exercise is skipped. */
        TextField reason;
        final Button skip;
        boolean skipped;

        ExerciseBlock(PlannedSession.Item item, Optional<ExerciseLog> existing, Exercise exercise) {
            this.item = item;
            this.p = item.prescription();
            id = p.exerciseId() + (p.side() == null ? "" : "-" + p.side().name().toLowerCase());
            card.addClassName("kl-log-exercise");
            card.setId("log-" + id);
            card.setTitle(itemName(exercise, p));
            String dose = item.sets() + " × " + p.target() + unit(p)
                    + (p.loaded() ? " with " + number(p.loadKg()) + " kg" : "")
                    + " · effort up to RPE " + number(item.targetRpe());
            Paragraph doseLine = new Paragraph(dose);
            doseLine.addClassName("kl-fine-print");
            doseLine.setId("dose-" + id);
            card.add(doseLine);
            if (item.why() != null && existing.isEmpty()) {
                Paragraph why = new Paragraph("Since your last session: " + item.why());
                why.addClassName("kl-why-changed");
                why.setId("why-" + id);
                card.add(why);
            }
            List<SetLog> done = existing.map(ExerciseLog::sets).orElse(List.of());
            card.add(quickRow(id, exercise, done));
            setsBox.addClassName("kl-set-rows");
            card.add(setsBox);
            int count = Math.max(item.sets(), done.size());
            for (int i = 0; i < count; i++) {
                SetRow row = new SetRow(id, i + 1, item, i < done.size() ? done.get(i) : null);
                rows.add(row);
                setsBox.add(row.root);
            }
            skipBox.setVisible(false);
            card.add(skipBox);
            skip = new Button("Skip exercise", VaadinIcon.BAN.create(), click -> setSkipped(!skipped));
            skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            skip.setId("skip-" + id);
            card.addToFooter(skip);
            if (existing.isPresent() && existing.get().skipped()) {
                setSkipped(true);
                reason().setValue(Optional.ofNullable(existing.get().skipReason()).orElse(""));
            }
        }

        /**
         * The whole exercise at once: "Done as planned", the reps (or seconds) of every set with a stepper, and for
         * loadable work the load of every set with the content's guidance. Changing either marks every set done.
         */
        private Div quickRow(String id, Exercise exercise, List<SetLog> done) {
            Button allDone = new Button("Done as planned", VaadinIcon.CHECK.create(), click -> markAllDone());
            allDone.addThemeVariants(ButtonVariant.LUMO_SMALL);
            allDone.setId("all-done-" + id);
            allDone.addClassName("kl-exercise-done");
            IntegerField every = new IntegerField(p.timed() ? "Seconds, every set" : "Reps, every set");
            every.setMin(0);
            every.setMax(999);
            every.setStepButtonsVisible(true);
            every.setValue(done.isEmpty() ? p.target() : done.get(0).done());
            every.setId("reps-all-" + id);
            every.addClassName("kl-every-set");
            every.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    rows.forEach(r -> r.setReps(Math.max(0, e.getValue())));
                    markAllDone();
                }
            });
            Div row = new Div(allDone, every);
            row.addClassName("kl-quick-log");
            if (exercise.loadable() && (p.loaded() || item.loadGuidance() != null)) {
                NumberField load = new NumberField("Load, every set (kg)");
                load.setMin(0);
                load.setStep(0.5);
                load.setStepButtonsVisible(true);
                load.setValue(done.isEmpty() ? p.loadKg() : done.get(0).loadKg());
                load.setPlaceholder("body weight");
                load.setHelperText(item.loadGuidance());
                load.setId("load-all-" + id);
                load.addClassName("kl-every-set");
                load.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        rows.forEach(r -> r.setLoad(e.getValue()));
                        markAllDone();
                    }
                });
                row.add(load);
            }
            return row;
        }

        private TextField reason() {
            if (reason == null) {
                reason = new TextField("Why are you skipping it? (optional)");
                reason.setMaxLength(200);
                reason.setWidthFull();
                reason.setId("skip-reason-" + id);
                skipBox.add(reason);
            }
            return reason;
        }

        void setSkipped(boolean value) {
            if (value) {
                reason();
            }
            skipped = value;
            setsBox.setVisible(!value);
            skipBox.setVisible(value);
            skip.setText(value ? "Do it after all" : "Skip exercise");
            card.getElement().getClassList().set("kl-skipped", value);
        }

        void markAllDone() {
            if (!skipped) {
                rows.forEach(r -> r.setDone(true));
            }
        }

        Optional<ExerciseLog> log() {
            if (skipped) {
                String why = reason.getValue().strip();
                return Optional.of(ExerciseLog.skipped(p.exerciseId(), p.side(), why.isEmpty() ? null : why));
            }
            List<SetLog> sets = rows.stream().filter(r -> r.done).map(SetRow::value).toList();
            return sets.isEmpty() ? Optional.empty() : Optional.of(ExerciseLog.done(p.exerciseId(), p.side(), sets));
        }
    }
}
