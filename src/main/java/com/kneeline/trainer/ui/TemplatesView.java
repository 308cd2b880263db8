package com.kneeline.trainer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.kneeline.base.Dates;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.trainer.TemplateService;
import com.kneeline.trainer.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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

    private void openEditor(TemplateSummary existing) {
        new TemplateDialog(templates, content, programmes, existing, this::refresh).open();
    }
}
