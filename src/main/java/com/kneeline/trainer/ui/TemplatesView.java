package com.kneeline.trainer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.kneeline.assessment.AboutYou;
import com.kneeline.base.Dates;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Phase;
import com.kneeline.prescription.Dose;
import com.kneeline.prescription.ProgrammeOverride;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.trainer.ProgrammeTemplate;
import com.kneeline.trainer.TemplateForm;
import com.kneeline.trainer.TemplateInvalidException;
import com.kneeline.trainer.TemplateService;
import com.kneeline.trainer.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A trainer's templates: reusable starting points for clients' programmes (the week, a phase, and what to do with
 * particular exercises). Only the trainer who wrote a template sees it.
 */
@Route("trainer/templates")
@PageTitle("Templates")
@Menu(order = 30, icon = "vaadin:copy-o", title = "Templates")
@RolesAllowed("TRAINER")
public class TemplatesView extends Main {

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(Dates.ZONE);

    private final transient TemplateService templates;
    private final transient ContentService content;
    private final transient ProgrammeService programmes;
    final Grid<TemplateSummary> grid = new Grid<>();
    private final Div empty = new Div();

    public TemplatesView(TemplateService templates, ContentService content, ProgrammeService programmes) {
        this.templates = templates;
        this.content = content;
        this.programmes = programmes;
        addClassName("kl-page");
        H2 title = new H2("Templates");
        title.setId("templates-title");
        Paragraph intro = new Paragraph("A template is a starting point you reuse for clients: how many sessions and "
                + "minutes, which phase, and exercises to use instead or dose differently. Applied to a client, each part "
                + "is checked against their own assessment and skipped, with the reason, where it is not safe.");
        intro.addClassName("kl-fine-print");
        Button create = new Button("New template", VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("templates-new");

        empty.addClassName("kl-empty-state-box");
        empty.setId("templates-empty");
        empty.add(new H3("No templates yet"), new Paragraph("Make one for a group of clients you see often, for "
                + "example “Runners, twice a week” or “Back to netball”. You can then start a client's plan from it."));

        // One stacked column so a phone shows the whole template without sideways scrolling.
        grid.addComponentColumn(t -> {
            Span name = new Span(t.name());
            name.addClassName("kl-person-name");
            Div cell = new Div(name);
            if (t.description() != null) {
                Span description = new Span(t.description());
                description.addClassName("kl-fine-print");
                cell.add(new Div(description));
            }
            Span facts = new Span(facts(t));
            facts.addClassName("kl-fine-print");
            cell.add(new Div(facts));
            cell.addClassName("kl-person");
            return cell;
        }).setHeader("Template").setKey("name").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(t -> {
            Button edit = new Button(VaadinIcon.PENCIL.create(), click -> openEditor(t));
            edit.setAriaLabel("Edit " + t.name());
            edit.setId("template-edit-" + t.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(t));
            delete.setAriaLabel("Delete " + t.name());
            delete.setId("template-delete-" + t.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new Div(edit, delete);
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No templates yet.");
        // Lazy: only the visible page of templates is fetched.
        grid.setItemsPageable(pageable -> templates.list(pageable).getContent(), pageable -> (int) templates.count())
                .setIdentifierProvider(TemplateSummary::id);
        grid.setId("templates-grid");
        add(title, intro, new Div(create), empty, grid);
        refresh();
    }

    private void refresh() {
        boolean none = templates.count() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    private String facts(TemplateSummary t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.sessionsPerWeek() == null ? "client's own sessions a week" : t.sessionsPerWeek() + " a week");
        parts.add(t.minutesPerSession() == null ? "client's own minutes" : t.minutesPerSession() + " min");
        parts.add(t.phaseName() == null ? "phase from the assessment" : t.phaseName());
        parts.add(t.exerciseRules() + (t.exerciseRules() == 1 ? " exercise rule" : " exercise rules"));
        parts.add("changed " + CHANGED.format(t.updatedAt()));
        return String.join(" · ", parts);
    }

    private void confirmDelete(TemplateSummary t) {
        Dialog confirm = new Dialog();
        confirm.setId("template-delete-dialog");
        confirm.setHeaderTitle("Delete “" + t.name() + "”?");
        confirm.add(new Paragraph("Programmes already made from it stay as they are."));
        Button delete = new Button("Delete", click -> {
            templates.delete(t.id());
            confirm.close();
            Notification.show("Template deleted.");
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setId("template-delete-confirm");
        confirm.getFooter().add(new Button("Keep it", click -> confirm.close()), delete);
        confirm.open();
    }

    // --- editor -----------------------------------------------------------------------------------------------------

    /** One exercise rule being edited. */
    private final class RuleRow extends Div {
        final ComboBox<Exercise> exercise = new ComboBox<>("Exercise");
        final ComboBox<Exercise> instead = new ComboBox<>("Use instead (optional)");
        final IntegerField sets = new IntegerField("Sets");
        final IntegerField from = new IntegerField("Reps or hold from");
        final IntegerField to = new IntegerField("to");
        final TextField load = new TextField("How to choose the weight");

        RuleRow(List<RuleRow> rows, Div container, TemplateForm.Rule rule) {
            addClassName("kl-side");
            List<Exercise> all = content.catalogue().exercises().stream()
                    .sorted(Comparator.comparing(Exercise::name)).toList();
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

    private void openEditor(TemplateSummary existing) {
        TemplateForm initial = existing == null ? null : templates.get(existing.id());
        Dialog dialog = new Dialog();
        dialog.setId("template-dialog");
        dialog.setHeaderTitle(existing == null ? "New template" : "Edit “" + existing.name() + "”");
        dialog.setWidth("min(44rem, 100vw)");

        TextField name = new TextField("Name");
        name.setId("template-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ProgrammeTemplate.NAME_MAX_LENGTH);
        name.setHelperText("Up to " + ProgrammeTemplate.NAME_MAX_LENGTH + " characters, e.g. “Runners, twice a week”.");
        name.setWidthFull();
        TextArea description = new TextArea("Description (optional)");
        description.setId("template-description");
        description.setMaxLength(ProgrammeTemplate.DESCRIPTION_MAX_LENGTH);
        description.setHelperText("Who it is for; only you see it.");
        description.setWidthFull();
        IntegerField sessions = new IntegerField("Sessions per week");
        sessions.setId("template-sessions");
        sessions.setMin(AboutYou.MIN_SESSIONS);
        sessions.setMax(AboutYou.MAX_SESSIONS);
        sessions.setStepButtonsVisible(true);
        sessions.setHelperText("Empty: the client's own answer.");
        IntegerField minutes = new IntegerField("Minutes per session");
        minutes.setId("template-minutes");
        minutes.setMin(AboutYou.MIN_MINUTES);
        minutes.setMax(AboutYou.MAX_MINUTES);
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("Empty: the client's own answer.");
        Select<Phase> phase = new Select<>();
        phase.setLabel("Phase (optional)");
        phase.setId("template-phase");
        phase.setItems(programmes.phases());
        phase.setItemLabelGenerator(p -> p == null ? "From the assessment" : p.name());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("From the assessment");

        FormLayout form = new FormLayout(name, description, sessions, minutes, phase);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.setColspan(name, 3);
        form.setColspan(description, 3);

        List<RuleRow> rows = new ArrayList<>();
        Div rules = new Div();
        rules.addClassName("kl-inputs");
        rules.setId("template-rules");
        Paragraph rulesError = new Paragraph();
        rulesError.setId("template-rules-error");
        rulesError.getStyle().set("color", "var(--lumo-error-text-color)");
        rulesError.setVisible(false);
        Button addRule = new Button("Add an exercise rule", VaadinIcon.PLUS.create(), click -> {
            RuleRow row = new RuleRow(rows, rules, null);
            rows.add(row);
            rules.add(row);
        });
        addRule.setId("template-add-rule");
        addRule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        if (initial != null) {
            name.setValue(initial.name());
            description.setValue(initial.description() == null ? "" : initial.description());
            sessions.setValue(initial.sessionsPerWeek());
            minutes.setValue(initial.minutesPerSession());
            programmes.phases().stream().filter(p -> p.id().equals(initial.phaseId())).findFirst()
                    .ifPresent(phase::setValue);
            initial.exercises().forEach(rule -> {
                RuleRow row = new RuleRow(rows, rules, rule);
                rows.add(row);
                rules.add(row);
            });
        }
        Paragraph rulesHelp = new Paragraph("Exercise rules apply when the engine prescribes that exercise for a client.");
        rulesHelp.addClassName("kl-fine-print");
        dialog.add(form, new H3("Exercise rules"), rulesHelp, rules, rulesError, addRule);

        Button save = new Button("Save template", click -> {
            name.setInvalid(false);
            description.setInvalid(false);
            sessions.setInvalid(false);
            minutes.setInvalid(false);
            phase.setInvalid(false);
            rulesError.setVisible(false);
            TemplateForm value = new TemplateForm(name.getValue(), description.getValue(), sessions.getValue(),
                    minutes.getValue(), phase.getValue() == null ? null : phase.getValue().id(),
                    rows.stream().map(RuleRow::value).toList());
            try {
                if (existing == null) {
                    templates.create(value);
                } else {
                    templates.update(existing.id(), value);
                }
                dialog.close();
                Notification.show("Template “" + value.name().strip() + "” saved.");
                refresh();
            } catch (TemplateInvalidException invalid) {
                Map<String, String> errors = invalid.errors();
                mark(name, errors.get(TemplateService.NAME));
                mark(description, errors.get(TemplateService.DESCRIPTION));
                mark(sessions, errors.get(TemplateService.SESSIONS));
                mark(minutes, errors.get(TemplateService.MINUTES));
                mark(phase, errors.get(TemplateService.PHASE));
                if (errors.containsKey(TemplateService.RULES)) {
                    rulesError.setText(errors.get(TemplateService.RULES));
                    rulesError.setVisible(true);
                }
                click.getSource().setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("template-save");
        save.setDisableOnClick(true);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private static void mark(com.vaadin.flow.component.HasValidation field, String message) {
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
