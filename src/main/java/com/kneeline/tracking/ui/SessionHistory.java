package com.kneeline.tracking.ui;

import java.time.format.DateTimeFormatter;

import com.kneeline.tracking.SessionSummary;
import com.kneeline.tracking.TrainingHistoryService;
import com.kneeline.tracking.engine.Adherence;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/** A person's adherence line and the grid of their logged sessions, as they see them and as their trainer does. */
public final class SessionHistory {

    private SessionHistory() {
    }

    public static Paragraph adherence(TrainingHistoryService history, long personId) {
        Adherence.Summary adherence = history.adherence(personId);
        return new Paragraph(adherence.last30Days().planned() == 0
                ? "No planned session has been due yet."
                : "Last 7 days: " + adherence.last7Days().done() + " of " + adherence.last7Days().planned()
                + " planned sessions done · last 30 days: " + adherence.last30Days().percent() + " % · in a row: "
                + adherence.streak());
    }

    /** Newest first, paged in the database; tall enough for up to eight rows. */
    public static Grid<SessionSummary> grid(TrainingHistoryService history, long personId, DateTimeFormatter day,
                                          String emptyText) {
        Grid<SessionSummary> grid = new Grid<>();
        grid.addColumn(s -> day.format(s.date())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.exercisesDone() + "/" + s.exercisesPlanned()).setHeader("Done").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.maxPain() + "/10").setHeader("Pain").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionSummary::tracking).setHeader("Knee").setAutoWidth(true);
        grid.setEmptyStateText(emptyText);
        long count = history.historyCount(personId);
        grid.setItemsPageable(pageable -> history.history(personId, pageable).getContent(),
                pageable -> (int) history.historyCount(personId));
        grid.setHeight(Math.max(2, Math.min(count, 8)) * 3 + 3.5 + "rem");
        return grid;
    }
}
