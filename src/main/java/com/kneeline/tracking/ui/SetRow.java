package com.kneeline.tracking.ui;

import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.engine.ExercisePrescription;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.SetLog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

/**
 * One set: a light line (number, summary, "Done", pencil) holding its values as plain fields. The five editors
 * under the pencil are built when it is opened and dropped when it is closed, so a session on screen keeps a
 * few elements per set rather than a form per set (docs/performance.md, retained heap per session).
 */
final class SetRow {
    final Div root = new Div();
    final Span summary = new Span();
    final Button doneButton;
    final String id;
    final int number;
    final boolean timed;
    final boolean showLoad;
    Div fields;
    IntegerField repsField;
    NumberField loadField;
    int reps;
    Double load;
    Double rpe;
    int pain;
    KneeTracking tracking;
    boolean done;
    boolean painted;

    SetRow(String id, int number, PlannedSession.Item item, SetLog existing) {
        ExercisePrescription p = item.prescription();
        this.id = id;
        this.number = number;
        timed = p.timed();
        showLoad = p.loaded() || item.loadGuidance() != null;
        reps = existing == null ? p.target() : existing.done();
        load = existing == null ? p.loadKg() : existing.loadKg();
        rpe = existing == null ? Double.valueOf(item.targetRpe()) : existing.rpe();
        pain = existing == null ? 0 : existing.pain();
        tracking = existing == null ? KneeTracking.GOOD : existing.tracking();
        root.addClassName("kl-set-row");
        Span label = new Span("Set " + number);
        label.addClassName("kl-set-number");
        summary.addClassName("kl-set-summary");
        doneButton = new Button("Done as planned", click -> setDone(!done));
        doneButton.setId("done-" + id + "-" + number);
        doneButton.addClassName("kl-set-done");
        Button change = new Button(VaadinIcon.PENCIL.create(), click -> toggleFields());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        change.setAriaLabel("Change set " + number);
        // a plain title, not a Vaadin tooltip: one attribute instead of a tooltip element per set
        change.getElement().setAttribute("title", "Change reps, load, effort, pain or knee tracking");
        change.setId("change-" + id + "-" + number);
        Div line = new Div(label, summary, doneButton, change);
        line.addClassName("kl-set-line");
        root.add(line);
        setDone(existing != null);
    }

    private void toggleFields() {
        if (fields != null) {
            root.remove(fields);
            fields = null;
            repsField = null;
            loadField = null;
            return;
        }
        repsField = new IntegerField(timed ? "Seconds held" : "Reps");
        repsField.setMin(0);
        repsField.setMax(999);
        repsField.setStepButtonsVisible(true);
        repsField.setValue(reps);
        loadField = new NumberField("Load (kg)");
        loadField.setMin(0);
        loadField.setStep(0.5);
        loadField.setValue(load);
        loadField.setVisible(showLoad);
        NumberField rpeField = new NumberField("Effort (RPE 1–10)");
        rpeField.setMin(1);
        rpeField.setMax(10);
        rpeField.setStep(0.5);
        rpeField.setValue(rpe);
        rpeField.setHelperText(SessionForm.RPE_HELP);
        IntegerField painField = new IntegerField("Pain (0–10)");
        painField.setMin(0);
        painField.setMax(10);
        painField.setStepButtonsVisible(true);
        painField.setValue(pain);
        painField.setId("pain-" + id + "-" + number);
        Select<KneeTracking> trackingField = new Select<>();
        trackingField.setLabel("Knee tracking");
        trackingField.setItems(KneeTracking.values());
        trackingField.setItemLabelGenerator(SetRow::trackingLabel);
        trackingField.setValue(tracking);
        trackingField.setId("tracking-" + id + "-" + number);
        repsField.addValueChangeListener(e -> edited(e.isFromClient(), () -> reps = e.getValue() == null ? 0 : e.getValue()));
        loadField.addValueChangeListener(e -> edited(e.isFromClient(), () -> load = e.getValue()));
        rpeField.addValueChangeListener(e -> edited(e.isFromClient(), () -> rpe = e.getValue()));
        painField.addValueChangeListener(e -> edited(e.isFromClient(), () -> pain = e.getValue() == null ? 0 : e.getValue()));
        trackingField.addValueChangeListener(e -> edited(e.isFromClient(), () -> tracking = e.getValue()));
        fields = new Div(repsField, loadField, rpeField, painField, trackingField);
        fields.addClassName("kl-set-fields");
        root.add(fields);
    }

    /** Takes an edited value; changing a set by hand means it was done. */
    private void edited(boolean fromClient, Runnable take) {
        take.run();
        if (fromClient) {
            setDone(true);
        } else {
            refresh();
        }
    }

    /** The reps (or seconds) from the exercise's "every set" stepper. */
    void setReps(int value) {
        reps = value;
        if (repsField != null) {
            repsField.setValue(value);
        }
        refresh();
    }

    /** The load from the exercise's "every set" field. */
    void setLoad(Double value) {
        load = value;
        if (loadField != null) {
            loadField.setValue(value);
        }
        refresh();
    }

    static String trackingLabel(KneeTracking t) {
        return switch (t) {
            case GOOD -> "Stayed over my foot";
            case NOT_SURE -> "Not sure";
            case CAVED -> "Caved in";
        };
    }

    void setDone(boolean value) {
        if (!painted || value != done) {
            painted = true;
            doneButton.setText(value ? "Done" : "Done as planned");
            doneButton.setIcon(value ? VaadinIcon.CHECK.create() : null);
            doneButton.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            if (value) {
                doneButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            }
            doneButton.getElement().setAttribute("aria-pressed", String.valueOf(value));
            root.getElement().getClassList().set("kl-set-is-done", value);
        }
        done = value;
        refresh();
    }

    void refresh() {
        StringBuilder text = new StringBuilder();
        text.append(reps).append(timed ? " s" : " reps");
        if (load != null && load > 0) {
            text.append(" · ").append(SessionForm.number(load)).append(" kg");
        }
        if (pain > 0) {
            text.append(" · pain ").append(pain);
        }
        if (tracking != null && tracking != KneeTracking.GOOD) {
            text.append(" · ").append(tracking == KneeTracking.CAVED ? "caved" : "unsure");
        }
        summary.setText(text.toString());
    }

    SetLog value() {
        Double kg = load == null || load <= 0 ? null : load;
        Double effort = rpe == null ? null : Math.max(1, Math.min(10, rpe));
        return new SetLog(Math.max(0, reps), kg, effort, Math.max(0, Math.min(10, pain)),
                tracking == null ? KneeTracking.NOT_SURE : tracking);
    }
}
