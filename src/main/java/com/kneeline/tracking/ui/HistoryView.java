package com.kneeline.tracking.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kneeline.base.ui.ChartPanel;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.tracking.AcknowledgedFlag;
import com.kneeline.tracking.ExerciseTrend;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.SessionDetails;
import com.kneeline.tracking.SessionSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.base.Dates;
import com.kneeline.tracking.ReferralFlagService;
import com.kneeline.tracking.SessionLogService;
import com.kneeline.tracking.TrainingHistoryService;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.SetLog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Logged sessions, newest first, with adherence and pain over time; a session opens read-only, correctable for a while. */
@Route("history")
@PageTitle("Session history")
@Menu(order = 14, icon = "vaadin:chart-timeline", title = "History")
@PermitAll
public class HistoryView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** Twelve weeks: long enough to see a load step or two, short enough to stay readable on a phone. */
    static final int TREND_DAYS = 84;

    private final transient TrainingHistoryService history;
    private final transient SessionLogService log;
    private final transient ReferralFlagService flags;
    private final transient ContentService content;
    private final long personId;
    private final Grid<SessionSummary> grid;

    public HistoryView(CurrentUser currentUser, TrainingHistoryService history, SessionLogService log,
                       ReferralFlagService flags, ContentService content) {
        this.personId = currentUser.require().id();
        this.history = history;
        this.log = log;
        this.flags = flags;
        this.content = content;
        addClassNames("kl-page", "kl-history");
        H2 title = new H2("Session history");
        title.setId("history-title");

        Paragraph summary = SessionHistory.adherence(history, personId);
        summary.setId("history-adherence");

        grid = SessionHistory.grid(history, personId, DAY, "No sessions logged yet. Log one on the Today page.");
        grid.setId("history-grid");
        grid.addItemClickListener(click -> open(click.getItem().id()));

        add(title, summary, grid, painChart(history.painOverTime(personId, 60)), exerciseChart(), acknowledgedFlags());
    }

    /** Flags dealt with, with who acknowledged them and their note: a trainer's note reaches the person here. */
    private Component acknowledgedFlags() {
        List<AcknowledgedFlag> acknowledged = flags.acknowledgedFlags(personId);
        Div box = new Div();
        box.setId("acknowledged-flags");
        box.addClassName("kl-acknowledged-flags");
        if (acknowledged.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        box.add(new H3("Referral flags dealt with"));
        UnorderedList list = new UnorderedList();
        for (AcknowledgedFlag flag : acknowledged) {
            ListItem item = new ListItem(flag.title() + " · raised " + DATE.format(flag.raisedAt().atZone(Dates.ZONE))
                    + ", acknowledged " + DATE.format(flag.acknowledgedAt().atZone(Dates.ZONE))
                    + (flag.acknowledgedBy() == null ? "" : flag.byTrainer()
                    ? " by your trainer " + flag.acknowledgedBy() : " by you")
                    + (flag.note() == null ? "." : ": “" + flag.note() + "”"));
            item.setId("acknowledged-flag-" + flag.id());
            list.add(item);
        }
        box.add(list);
        return box;
    }

    /** Highest pain per session as a chart with its text alternative; also on a trainer's client page. */
    public static Component painChart(List<TrainingHistoryService.PainPoint> points) {
        ChartPanel panel = new ChartPanel("Highest pain per session over the last 60 days, 0 to 10");
        panel.setId("pain-chart");
        if (points.isEmpty()) {
            panel.setVisible(false);
            return panel;
        }
        ObjectNode config = ChartPanel.newConfig();
        config.put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ObjectNode dataset = data.putArray("datasets").addObject();
        dataset.put("label", "Highest pain (0–10)");
        dataset.put("borderColor", "#c0392b");
        dataset.put("backgroundColor", "#c0392b");
        ArrayNode values = dataset.putArray("data");
        List<String> text = new ArrayList<>();
        for (TrainingHistoryService.PainPoint p : points) {
            labels.add(SHORT.format(p.date()));
            values.add(p.maxPain());
            text.add(DATE.format(p.date()) + ": highest pain " + p.maxPain() + "/10" + (p.done() ? "" : " (skipped)"));
        }
        ObjectNode options = config.putObject("options");
        options.putObject("plugins").putObject("legend").put("display", false);
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("min", 0);
        y.put("max", 10);
        panel.setConfig(config, text);
        Div box = new Div(new H3("Highest pain per session (0–10)"), panel);
        box.addClassName("kl-pain-over-time");
        return box;
    }

    /** Volume (and load, when used) of one exercise per session; the person picks which exercise. */
    private Component exerciseChart() {
        List<ExerciseTrend> trends = history.exerciseTrends(personId, TREND_DAYS);
        Div box = new Div();
        box.addClassName("kl-exercise-trend");
        box.setId("exercise-trend");
        if (trends.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        ChartPanel panel = new ChartPanel("Volume and load of the chosen exercise per session");
        panel.setId("exercise-chart");
        Select<ExerciseTrend> pick = new Select<>();
        pick.setLabel("Exercise");
        pick.setHelperText("Reps (or seconds held) added up over all sets; load is the heaviest set.");
        pick.setItems(trends);
        pick.setItemLabelGenerator(ExerciseTrend::label);
        pick.setId("exercise-trend-pick");
        pick.setWidth("min(100%, 24rem)");
        pick.addValueChangeListener(change -> showTrend(panel, change.getValue()));
        pick.setValue(trends.getFirst());
        box.add(new H3("Volume and load over time"), pick, panel);
        return box;
    }

    private static void showTrend(ChartPanel panel, ExerciseTrend trend) {
        if (trend == null) {
            return;
        }
        String unit = trend.timed() ? "seconds held" : "reps";
        ObjectNode config = ChartPanel.newConfig();
        config.put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode volume = datasets.addObject();
        volume.put("label", "Total " + unit);
        volume.put("backgroundColor", "#5b8def");
        volume.put("yAxisID", "y");
        ArrayNode volumes = volume.putArray("data");
        ArrayNode loads = null;
        if (trend.loaded()) {
            ObjectNode load = datasets.addObject();
            load.put("type", "line");
            load.put("label", "Heaviest load (kg)");
            load.put("borderColor", "#1e7b4c");
            load.put("backgroundColor", "#1e7b4c");
            load.put("yAxisID", "y1");
            load.put("spanGaps", true);
            loads = load.putArray("data");
        }
        List<String> text = new ArrayList<>();
        for (ExerciseTrend.Point p : trend.points()) {
            labels.add(SHORT.format(p.date()));
            volumes.add(p.volume());
            if (loads != null) {
                if (p.topLoadKg() == null) {
                    loads.addNull();
                } else {
                    loads.add(p.topLoadKg());
                }
            }
            text.add(DATE.format(p.date()) + ": " + p.sets() + (p.sets() == 1 ? " set, " : " sets, ") + p.volume()
                    + " " + unit + " in total" + (p.topLoadKg() == null ? "" : ", heaviest " + kg(p.topLoadKg())
                    + " kg"));
        }
        ObjectNode scales = config.putObject("options").putObject("scales");
        ObjectNode y = scales.putObject("y");
        y.put("beginAtZero", true);
        y.putObject("title").put("display", true).put("text", unit);
        if (trend.loaded()) {
            ObjectNode y1 = scales.putObject("y1");
            y1.put("position", "right");
            y1.put("beginAtZero", true);
            y1.putObject("grid").put("drawOnChartArea", false);
            y1.putObject("title").put("display", true).put("text", "kg");
        }
        panel.setConfig(config, text);
    }

    private static String kg(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private void open(long id) {
        SessionDetails details = history.session(personId, id);
        Dialog dialog = new Dialog();
        dialog.setId("session-dialog");
        dialog.setHeaderTitle("Session " + details.number() + " · " + DATE.format(details.date()));
        dialog.addClassName("kl-session-dialog");
        dialog.add(readOnly(details));
        Button close = new Button("Close", click -> dialog.close());
        if (details.editable()) {
            Button edit = new Button("Correct it", click -> {
                dialog.removeAll();
                SessionForm form = new SessionForm(details.prescribed(), details.exercises(), content);
                dialog.add(form);
                Button save = new Button("Save changes", saveClick -> {
                    log.editSession(personId, id, form.logs());
                    dialog.close();
                    Notification.show("Session corrected.");
                    grid.getDataProvider().refreshAll();
                });
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                save.setId("save-correction");
                dialog.getFooter().removeAll();
                dialog.getFooter().add(close, save);
            });
            edit.setId("edit-session");
            dialog.getFooter().add(close, edit);
        } else {
            dialog.getFooter().add(close);
        }
        dialog.open();
    }

    private Component readOnly(SessionDetails details) {
        Div body = new Div();
        body.addClassName("kl-session-details");
        if (details.editedAt() != null) {
            Paragraph edited = new Paragraph("Corrected after logging.");
            edited.addClassName("kl-fine-print");
            body.add(edited);
        }
        for (ExerciseLog log : details.exercises()) {
            Exercise exercise = content.exercise(log.exerciseId()).orElse(null);
            String name = exercise == null ? log.exerciseId() : SessionForm.itemName(exercise,
                    details.prescribed().stream().map(PlannedSession.Item::prescription)
                            .filter(p -> p.exerciseId().equals(log.exerciseId()) && p.side() == log.side())
                            .findFirst().orElseThrow());
            body.add(new H3(name));
            if (!log.wasDone()) {
                body.add(new Paragraph("Skipped" + (log.skipReason() == null ? "." : ": " + log.skipReason())));
                continue;
            }
            UnorderedList sets = new UnorderedList();
            int n = 1;
            for (SetLog set : log.sets()) {
                sets.add(new ListItem("Set " + n++ + ": " + set.done() + (isTimed(details, log) ? " s" : " reps")
                        + (set.loadKg() == null ? "" : " · " + SessionForm.number(set.loadKg()) + " kg")
                        + (set.rpe() == null ? "" : " · RPE " + SessionForm.number(set.rpe()))
                        + " · pain " + set.pain() + "/10 · knee: "
                        + SessionFormLabels.tracking(set.tracking())));
            }
            body.add(sets);
        }
        body.add(TodayView.whatChangesNext(details.decisions()));
        return body;
    }

    private static boolean isTimed(SessionDetails details, ExerciseLog log) {
        return details.prescribed().stream().map(PlannedSession.Item::prescription)
                .anyMatch(p -> p.exerciseId().equals(log.exerciseId()) && p.timed());
    }
}
