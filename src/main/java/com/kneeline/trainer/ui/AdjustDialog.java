package com.kneeline.trainer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kneeline.content.model.Exercise;
import com.kneeline.content.ui.ContentText;
import com.kneeline.prescription.AdjustmentRefusedException;
import com.kneeline.prescription.ClientPlanService;
import com.kneeline.prescription.Dose;
import com.kneeline.prescription.DoseBounds;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeOverride;
import com.kneeline.prescription.engine.PlannedExercise;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

/**
 * A trainer adjusts one exercise of a client's plan: another exercise in its place, or its sets, reps or hold and
 * weight. The fields are bound to {@link Dose} and checked against its constraints; what the services refuse comes
 * back with its {@link AdjustmentRefusedException.Field} and is shown next to that field.
 */
class AdjustDialog extends Dialog {

    private final Select<Exercise> instead = new Select<>();
    private final IntegerField sets = new IntegerField("Sets");
    private final IntegerField from;
    private final IntegerField to;
    private final TextArea load = new TextArea("How to choose the weight");
    private final Paragraph general = new Paragraph();
    private final Binder<Dose> binder = new Binder<>(Dose.class);

    AdjustDialog(ClientPlanService plans, DoseBounds bounds, long clientId, String clientName,
                 ProgrammeDetails current, PlannedExercise planned, Exercise exercise, Runnable saved) {
        setId("adjust-dialog");
        setHeaderTitle("Adjust " + exercise.name());
        setWidth("min(36rem, 100vw)");
        boolean timed = planned.holdSecondsMax() > 0;

        instead.setLabel("Exercise");
        instead.setId("adjust-replacement");
        List<Exercise> options = new ArrayList<>();
        options.add(exercise);
        options.addAll(plans.alternativesForClient(clientId, current.id(), planned.exerciseId()));
        instead.setItems(options);
        instead.setItemLabelGenerator(e -> e == exercise ? "Keep " + e.name()
                : e.name() + " (" + ContentText.dosageSummary(e) + ")");
        instead.setValue(exercise);
        instead.setHelperText(options.size() > 1 ? "Only exercises for the same causes, with " + clientName
                + "'s equipment, that are safe for the knee today." : "Nothing else fits here for " + clientName
                + " today.");
        instead.setWidthFull();

        sets.setId("adjust-sets");
        sets.setStepButtonsVisible(true);
        sets.setHelperText(ProgrammeOverride.MIN_SETS + " to " + ProgrammeOverride.MAX_SETS + ".");
        from = new IntegerField(timed ? "Hold from (seconds)" : "Reps from");
        from.setId("adjust-range-min");
        to = new IntegerField(timed ? "Hold up to (seconds)" : "Reps up to");
        to.setId("adjust-range-max");
        to.setHelperText(timed ? ProgrammeOverride.MIN_HOLD_SECONDS + " to " + ProgrammeOverride.MAX_HOLD_SECONDS + "."
                : ProgrammeOverride.MIN_REPS + " to " + ProgrammeOverride.MAX_REPS + ".");
        load.setId("adjust-load");
        load.setMaxLength(ProgrammeOverride.LOAD_GUIDANCE_MAX_LENGTH);
        load.setHelperText(exercise.loadable() ? "Leave as it is to keep the plan's guidance." : exercise.name()
                + " is done without added weight.");
        load.setWidthFull();

        binder.forField(sets).withValidator(constraint(bounds, "sets", timed)).bind("sets");
        binder.forField(from).withValidator(constraint(bounds, "rangeMin", timed)).bind("rangeMin");
        binder.forField(to).withValidator(constraint(bounds, "rangeMax", timed)).bind("rangeMax");
        binder.forField(load).withNullRepresentation("").withValidator(constraint(bounds, "loadGuidance", timed))
                .bind("loadGuidance");
        Dose plannedDose = new Dose(planned.sets(), timed ? planned.holdSecondsMin() : planned.repsMin(),
                timed ? planned.holdSecondsMax() : planned.repsMax(), planned.loadGuidance());
        binder.readRecord(plannedDose);

        general.addClassName("kl-fine-print");
        general.setId("adjust-error");
        general.setVisible(false);
        // A new exercise starts from its own dose; it can be adjusted once the swap is saved.
        instead.addValueChangeListener(change -> {
            boolean same = change.getValue() == exercise;
            List.of(sets, from, to).forEach(f -> f.setEnabled(same));
            load.setEnabled(same);
            general.setText(same ? "" : "The new exercise starts at its own dose; adjust it after saving the swap.");
            general.setVisible(!same);
        });
        FormLayout form = new FormLayout(instead, sets, from, to, load, general);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 3));
        form.setColspan(instead, 3);
        form.setColspan(load, 3);
        form.setColspan(general, 3);
        add(form);

        Button save = new Button("Save", click -> {
            general.setVisible(false);
            try {
                boolean keep = instead.getValue() == null || instead.getValue() == exercise;
                Dose dose = keep ? changes(plannedDose, binder.writeRecord()) : Dose.NONE;
                plans.adjustForClient(clientId, current.id(), planned.exerciseId(),
                        keep ? null : instead.getValue().id(), dose);
                close();
                Notification.show(exercise.name() + " adjusted; " + clientName + " sees it as set by you.");
                saved.run();
            } catch (ValidationException invalid) {
                click.getSource().setEnabled(true); // the binder shows each message next to its field
            } catch (AdjustmentRefusedException refused) {
                show(refused);
                click.getSource().setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("adjust-save");
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The dose's own constraint for one field, for a rep-based or a held exercise. */
    private static <T> Validator<T> constraint(DoseBounds bounds, String property, boolean timed) {
        return (value, context) -> bounds.problem(property, value, timed).map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }

    /** Only what differs from the plan: a value left as planned (or emptied) keeps the plan's. */
    private static Dose changes(Dose planned, Dose entered) {
        boolean range = !(Objects.equals(entered.rangeMin(), planned.rangeMin())
                && Objects.equals(entered.rangeMax(), planned.rangeMax()));
        return new Dose(Objects.equals(entered.sets(), planned.sets()) ? null : entered.sets(),
                range ? entered.rangeMin() : null, range ? entered.rangeMax() : null,
                Objects.equals(entered.loadGuidance(), planned.loadGuidance()) ? null : entered.loadGuidance());
    }

    private void show(AdjustmentRefusedException refused) {
        HasValidation field = refused.field() == null ? null : switch (refused.field()) {
            case EXERCISE, REPLACEMENT -> instead;
            case SETS -> sets;
            case RANGE -> to;
            case LOAD_GUIDANCE -> load;
            case SESSIONS, MINUTES, PHASE -> null;
        };
        if (field == null) {
            general.setText(refused.getMessage());
            general.setVisible(true);
        } else {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }
}
