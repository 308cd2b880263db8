package com.kneeline.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The person's assessment history, newest first, each openable read-only. */
@Route("assessments")
@PageTitle("My assessments")
@Menu(order = 11, icon = "vaadin:records", title = "My assessments")
@PermitAll
public class AssessmentsView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(Dates.ZONE);

    final Grid<AssessmentSummary> grid = new Grid<>();

    public AssessmentsView(AssessmentService assessments) {
        addClassName("kl-page");
        boolean hasDraft = assessments.currentDraft().isPresent();
        Button start = new Button(hasDraft ? "Continue your assessment" : "Start a self-assessment",
                VaadinIcon.CLIPBOARD_CHECK.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-assessment");

        grid.addColumn(a -> WHEN.format(a.startedAt())).setHeader("Started").setKey("startedAt").setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span status = new Span(AssessmentDetailView.statusText(a.status()));
            status.getElement().getThemeList().add("badge " + AssessmentDetailView.statusTheme(a.status()));
            return status;
        }).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.status() == AssessmentStatus.COMPLETED
                ? String.valueOf(a.findingCount()) : "–").setHeader("Findings").setAutoWidth(true);
        grid.setEmptyStateText("No assessments yet. Start one: it takes about 20 minutes.");
        grid.setItemsPageable(pageable -> assessments.history(pageable).getContent(),
                pageable -> (int) assessments.historyCount());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("startedAt"), SortDirection.DESCENDING)));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(AssessmentDetailView.class, AssessmentDetailView.params(click.getItem().id()))));
        grid.setHeight("24rem");

        add(new Paragraph("Each assessment is kept as it was on the day. Open one to see its findings."), start, grid);
    }
}
