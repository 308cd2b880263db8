package com.kneeline.trainer.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.Dose;
import com.kneeline.prescription.ProgrammeOverride;
import com.kneeline.trainer.TemplateForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A template's exercise rules as one form field, so the binder binds them like the other parts of
 * {@link TemplateForm} and a problem with the rules is shown under them.
 */
class TemplateRulesField extends CustomField<List<TemplateForm.Rule>> {

    private final transient List<Exercise> all;
    private final transient ContentService content;
    private final List<RuleRow> rows = new ArrayList<>();
    private final Div container = new Div();

    TemplateRulesField(ContentService content) {
        this.content = content;
        this.all = content.catalogue().exercises().stream().sorted(Comparator.comparing(Exercise::name)).toList();
        container.addClassName("kl-inputs");
        container.setId("template-rules");
        setWidthFull();
        add(container);
    }

    void addRule() {
        RuleRow row = new RuleRow(null);
        rows.add(row);
        container.add(row);
    }

    /** Takes in what was typed in the rows, which the browser may not yet have reported as a change. */
    void takeRows() {
        updateValue();
    }

    @Override
    protected List<TemplateForm.Rule> generateModelValue() {
        return rows.stream().map(RuleRow::value).toList();
    }

    @Override
    protected void setPresentationValue(List<TemplateForm.Rule> rules) {
        rows.clear();
        container.removeAll();
        (rules == null ? List.<TemplateForm.Rule>of() : rules).forEach(rule -> {
            RuleRow row = new RuleRow(rule);
            rows.add(row);
            container.add(row);
        });
    }

    /** One exercise rule being edited. */
    private final class RuleRow extends Div {
        final ComboBox<Exercise> exercise = new ComboBox<>("Exercise");
        final ComboBox<Exercise> instead = new ComboBox<>("Use instead (optional)");
        final IntegerField sets = new IntegerField("Sets");
        final IntegerField from = new IntegerField("Reps or hold from");
        final IntegerField to = new IntegerField("to");
        final TextField load = new TextField("How to choose the weight");

        RuleRow(TemplateForm.Rule rule) {
            addClassName("kl-side");
            exercise.setItems(all);
            exercise.setItemLabelGenerator(Exercise::name);
            exercise.setWidthFull();
            instead.setItemLabelGenerator(Exercise::name);
            instead.setClearButtonVisible(true);
            instead.setHelperText("Same kind of exercise; used only where it suits the client.");
            instead.setWidthFull();
            exercise.addValueChangeListener(change -> instead.setItems(change.getValue() == null ? List.of()
                    : all.stream().filter(e -> e.pillar() == change.getValue().pillar())
                    .filter(e -> !e.id().equals(change.getValue().id())).toList()));
            sets.setMin(ProgrammeOverride.MIN_SETS);
            sets.setMax(ProgrammeOverride.MAX_SETS);
            sets.setHelperText("Empty: the plan's.");
            from.setHelperText("Reps, or seconds for holds.");
            load.setMaxLength(ProgrammeOverride.LOAD_GUIDANCE_MAX_LENGTH);
            load.setWidthFull();
            Button remove = new Button("Remove", VaadinIcon.CLOSE_SMALL.create(), click -> {
                rows.remove(this);
                container.remove(this);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            FormLayout form = new FormLayout(exercise, instead, sets, from, to, load);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 3));
            form.setColspan(exercise, 3);
            form.setColspan(instead, 3);
            form.setColspan(load, 3);
            add(form, remove);
            if (rule != null) {
                content.exercise(rule.exerciseId()).ifPresent(exercise::setValue);
                if (rule.replacementId() != null) {
                    content.exercise(rule.replacementId()).ifPresent(instead::setValue);
                }
                sets.setValue(rule.dose().sets());
                from.setValue(rule.dose().rangeMin());
                to.setValue(rule.dose().rangeMax());
                load.setValue(rule.dose().loadGuidance() == null ? "" : rule.dose().loadGuidance());
            }
        }

        TemplateForm.Rule value() {
            return new TemplateForm.Rule(exercise.getValue() == null ? null : exercise.getValue().id(),
                    instead.getValue() == null ? null : instead.getValue().id(),
                    new Dose(sets.getValue(), from.getValue(), to.getValue(), load.getValue()));
        }
    }
}
