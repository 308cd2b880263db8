package com.kneeline.tracking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.assessment.engine.Side;
import com.kneeline.assessment.ui.AssessmentWizardView;
import com.kneeline.base.ui.ChartPanel;
import com.kneeline.content.model.IntRange;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.tracking.MeasureProgress;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.ReassessmentStatus;
import com.kneeline.tracking.engine.MeasureChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The person's measures over their assessments: the first (baseline), the previous check-in and the latest, per
 * measure and side, judged against each measure's real change from the content (a smaller change is "no real
 * change", never "improved"), a chart per numeric measure and side with the no-real-change band, and how often to
 * check in.
 */
@Route("progress/measures")
@PageTitle("Progress")
@Menu(order = 15, icon = "vaadin:trending-up", title = "Progress")
@PermitAll
public class ProgressView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private static final String[] SIDE_COLOURS = {"#1f6fb2", "#b25a1f"};

    private final transient ReassessmentService reassessments;

    public ProgressView(ReassessmentService reassessments) {
        this.reassessments = reassessments;
        addClassNames("kl-page", "kl-progress");
        H2 title = new H2("Your measures over time");
        title.setId("progress-title");
        add(title);
        // A plain link by path: the outcomes feature builds on tracking, so tracking must not name its classes.
        com.vaadin.flow.component.html.Anchor outcomes = new com.vaadin.flow.component.html.Anchor("outcomes",
                "Knee questionnaires, hop tests and return to sport: see your outcomes");
        outcomes.setId("progress-outcomes-link");
        add(new Paragraph(outcomes));
        MeasureProgress progress = reassessments.progress();
        if (!progress.comparable()) {
            add(emptyState(progress));
        } else {
            add(comparison(progress));
        }
        add(schedule());
    }

    private Component emptyState(MeasureProgress progress) {
        Div box = new Div(new H3("Nothing to compare yet"), new Paragraph(progress.assessments().isEmpty()
                ? "Your measures appear here once you have done the self-assessment and at least one check-in."
                : "You have one completed assessment. After your first check-in you will see, per measure and side, "
                + "what has really changed."));
        box.addClassName("kl-empty-state-box");
        box.setId("progress-empty");
        Button start = new Button(progress.assessments().isEmpty() ? "Start the self-assessment" : "Start a check-in",
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("progress-start");
        box.add(start);
        return box;
    }

    /** The dates compared and a card per measure and side; also on a trainer's client page (read-only). */
    public static Component comparison(MeasureProgress progress) {
        Div box = new Div();
        if (!progress.comparable()) {
            box.add(new Paragraph("Nothing to compare yet: that needs a completed assessment and a check-in."));
            return box;
        }
        box.add(dates(progress));
        Div measures = new Div();
        measures.addClassName("kl-measures");
        for (MeasureProgress.MeasureInfo m : progress.measures()) {
            measures.add(measureCard(progress, m));
        }
        box.add(measures);
        return box;
    }

    private static Component dates(MeasureProgress progress) {
        List<String> parts = new ArrayList<>();
        parts.add("First assessment " + DATE.format(progress.baseline().orElseThrow().date()));
        progress.previous().ifPresent(p -> parts.add("previous check-in " + DATE.format(p.date())));
        parts.add("latest " + DATE.format(progress.latest().orElseThrow().date()));
        Paragraph p = new Paragraph(String.join(" · ", parts) + ". A change counts only when it is larger than the "
                + "measurement error of the test; anything smaller is shown as no real change.");
        p.setId("progress-dates");
        return p;
    }

    private static Component measureCard(MeasureProgress progress, MeasureProgress.MeasureInfo m) {
        Card card = new Card();
        card.addClassName("kl-measure-card");
        card.setId("measure-" + m.id());
        card.setTitle(m.name());
        Paragraph error = new Paragraph(errorText(m));
        error.addClassName("kl-fine-print");
        error.addClassName("kl-measure-error");
        card.add(error);
        // One column per leg: side by side on a wide screen, one under the other on a phone.
        Div sides = new Div();
        sides.addClassName("kl-measure-sides");
        int colour = 0;
        for (MeasureChange c : progress.changes()) {
            if (!c.measureId().equals(m.id())) {
                continue;
            }
            Div side = sideBlock(progress, m, c);
            String sideColour = SIDE_COLOURS[colour++ % SIDE_COLOURS.length];
            progress.series().stream().filter(s -> s.measureId().equals(m.id()) && s.side() == c.side()).findFirst()
                    .ifPresent(s -> side.add(chart(progress, m, s, sideColour)));
            sides.add(side);
        }
        card.add(sides);
        return card;
    }

    /** "Changes under 1.9 cm are within measurement error." */
    static String errorText(MeasureProgress.MeasureInfo m) {
        if (m.kind() == MeasureKind.PASS_FAIL) {
            return "Only a change between pass and fail counts as a real change.";
        }
        return "Changes under " + amount(m.realChange(), m.unit()) + " are within measurement error.";
    }

    private static Div sideBlock(MeasureProgress progress, MeasureProgress.MeasureInfo m, MeasureChange c) {
        Div block = new Div();
        block.addClassName("kl-measure-side");
        block.setId("change-" + m.id() + (c.side() == null ? "" : "-" + c.side().name().toLowerCase(Locale.ROOT)));
        block.add(new H4(c.side() == null ? "Both legs" : capitalise(c.side().label()) + " leg"));
        List<String> values = new ArrayList<>();
        values.add(value(m, c.baseline(), c.baselinePassed()));
        if (c.previous() != null) {
            values.add(value(m, c.previous(), c.previousPassed()));
        }
        values.add(value(m, c.latest(), c.latestPassed()));
        Paragraph line = new Paragraph(String.join(" → ", values));
        line.addClassName("kl-measure-values");
        block.add(line);
        block.add(outcome("Since your first assessment: ", m, c.sinceBaseline(), c.baseline(), c.latest(),
                c.baselinePassed(), c.latestPassed()));
        if (c.sincePrevious() != null && progress.previous().isPresent()) {
            block.add(outcome("Since your previous check-in: ", m, c.sincePrevious(), c.previous(), c.latest(),
                    c.previousPassed(), c.latestPassed()));
        }
        return block;
    }

    private static Paragraph outcome(String since, MeasureProgress.MeasureInfo m, MeasureChange.Outcome outcome,
                                     double from, double to, Boolean fromPassed, Boolean toPassed) {
        Paragraph p = new Paragraph(since + outcomeText(m, outcome, from, to, fromPassed, toPassed));
        p.addClassName("kl-outcome");
        p.getElement().setAttribute("data-outcome", outcome.name().toLowerCase(Locale.ROOT));
        return p;
    }

    /** What a change means, in words: never "improved" for a change within measurement error. */
    static String outcomeText(MeasureProgress.MeasureInfo m, MeasureChange.Outcome outcome, double from, double to,
                              Boolean fromPassed, Boolean toPassed) {
        if (m.kind() == MeasureKind.PASS_FAIL) {
            return switch (outcome) {
                case IMPROVED -> "improved: it failed before and passes now.";
                case WORSENED -> "worse: it passed before and fails now.";
                case NO_REAL_CHANGE -> "no real change (" + (Boolean.TRUE.equals(toPassed) ? "passes" : "fails")
                        + " both times).";
            };
        }
        double diff = Math.abs(to - from);
        return switch (outcome) {
            case IMPROVED -> "improved by " + amount(diff, m.unit()) + ".";
            case WORSENED -> "worse by " + amount(diff, m.unit()) + ".";
            case NO_REAL_CHANGE -> diff == 0 ? "no real change."
                    : "no real change (" + (to > from ? "up " : "down ") + amount(diff, m.unit())
                    + ", within measurement error).";
        };
    }

    private static String value(MeasureProgress.MeasureInfo m, double v, Boolean passed) {
        if (m.kind() == MeasureKind.PASS_FAIL) {
            return Boolean.TRUE.equals(passed) ? "pass" : "fail";
        }
        return amount(v, m.unit());
    }

    static String amount(double v, String unit) {
        String n = v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
        return unit == null || unit.isBlank() ? n : n + " " + unit;
    }

    /** One measure on one side over every assessment, with the band of no real change around the first value. */
    private static Component chart(MeasureProgress progress, MeasureProgress.MeasureInfo m, MeasureProgress.Series s,
                            String colour) {
        String sideName = s.side() == null ? "" : capitalise(s.side().label()) + " leg: ";
        Optional<Double> first = s.values().stream().filter(v -> v != null).findFirst();
        double rc = m.realChange();
        ChartPanel panel = new ChartPanel(sideName + m.name() + " at each assessment, with the range of no real change"
                + " around your first value shaded");
        panel.setId("chart-" + m.id() + (s.side() == null ? "" : "-" + s.side().name().toLowerCase(Locale.ROOT)));
        ObjectNode config = ChartPanel.newConfig();
        config.put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        ArrayNode datasets = data.putArray("datasets");
        // The band is two invisible lines with the area between them filled (Chart.js's fill: '+1').
        ObjectNode upper = datasets.addObject();
        upper.put("label", "No real change (upper)");
        upper.put("fill", "+1");
        upper.put("backgroundColor", colour + "22");
        upper.put("borderWidth", 0);
        upper.put("pointRadius", 0);
        ArrayNode upperData = upper.putArray("data");
        ObjectNode lower = datasets.addObject();
        lower.put("label", "No real change (lower)");
        lower.put("fill", false);
        lower.put("borderWidth", 0);
        lower.put("pointRadius", 0);
        ArrayNode lowerData = lower.putArray("data");
        ObjectNode line = datasets.addObject();
        line.put("label", sideName + m.name());
        line.put("borderColor", colour);
        line.put("backgroundColor", colour);
        line.put("spanGaps", true);
        ArrayNode values = line.putArray("data");
        List<String> text = new ArrayList<>();
        for (int i = 0; i < progress.assessments().size(); i++) {
            LocalDate date = progress.assessments().get(i).date();
            labels.add(SHORT.format(date));
            Double v = s.values().get(i);
            if (v == null) {
                values.addNull();
            } else {
                values.add(v);
            }
            first.ifPresent(f -> {
                upperData.add(f + rc);
                lowerData.add(Math.max(0, f - rc));
            });
            text.add(DATE.format(date) + (i == 0 ? " (first assessment)" : "") + ": "
                    + (v == null ? "not measured" : amount(v, m.unit())));
        }
        first.ifPresent(f -> text.add("No real change: between " + amount(Math.max(0, f - rc), m.unit()) + " and "
                + amount(f + rc, m.unit()) + " (your first value ± " + amount(rc, m.unit()) + ")"));
        ObjectNode options = config.putObject("options");
        ObjectNode plugins = options.putObject("plugins");
        plugins.putObject("legend").put("display", false);
        ObjectNode title = plugins.putObject("title");
        title.put("display", true);
        title.put("text", sideName.isEmpty() ? m.name() : sideName.substring(0, sideName.length() - 2));
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("beginAtZero", true);
        if (m.unit() != null) {
            y.putObject("title").put("display", true).put("text", m.unit());
        }
        panel.setConfig(config, text);
        return panel;
    }

    private Component schedule() {
        Card card = new Card();
        card.setId("schedule");
        card.setTitle("How often to check in");
        Optional<ReassessmentStatus> status = reassessments.status();
        status.ifPresent(s -> {
            Paragraph state = new Paragraph(ReassessmentCard.stateText(s));
            state.setId("schedule-state");
            card.add(state);
        });
        IntRange allowed = reassessments.allowedIntervalWeeks();
        IntegerField weeks = new IntegerField("Check in every (weeks)");
        weeks.setId("interval-weeks");
        weeks.setMin(allowed.min());
        weeks.setMax(allowed.max());
        weeks.setStepButtonsVisible(true);
        weeks.setRequired(true);
        String range = "Choose between " + allowed.min() + " and " + allowed.max() + " weeks.";
        weeks.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                .setBadInputErrorMessage(range).setRequiredErrorMessage(range));
        weeks.setHelperText(allowed.min() + " to " + allowed.max() + " weeks."
                + status.map(ReassessmentCard::setByText).orElse(""));
        card.add(new Paragraph("Repeating the tests every few weeks shows what has really changed; your trainer, "
                + "if you have one, may also ask for a check-in."));
        weeks.setValue(reassessments.intervalWeeks());
        Button save = new Button("Save", click -> {
            Integer value = weeks.getValue();
            if (value == null || weeks.isInvalid() || value < allowed.min() || value > allowed.max()) {
                weeks.setErrorMessage(range);
                weeks.setInvalid(true);
                return;
            }
            try {
                reassessments.changeInterval(value);
            } catch (IllegalArgumentException e) {
                weeks.setErrorMessage(e.getMessage());
                weeks.setInvalid(true);
                return;
            }
            Notification.show("Saved: a check-in every " + value + " weeks.");
            card.getChildren().filter(c -> c.getId().orElse("").equals("schedule-state")).findFirst()
                    .ifPresent(c -> reassessments.status().ifPresent(s ->
                            ((Paragraph) c).setText(ReassessmentCard.stateText(s))));
        });
        save.setId("interval-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(weeks, save);
        row.addClassName("kl-interval-row");
        card.add(row);
        return card;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
