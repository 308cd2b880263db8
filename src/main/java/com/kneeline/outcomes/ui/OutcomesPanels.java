package com.kneeline.outcomes.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kneeline.base.ui.ChartPanel;
import com.kneeline.base.ui.UiBits;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PerformanceKind;
import com.kneeline.outcomes.GateWords;
import com.kneeline.outcomes.OutcomesOverview;
import com.kneeline.outcomes.engine.ChangeOutcome;
import com.kneeline.outcomes.engine.GateVerdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Read-only parts shared by the person's page and their trainer's view: verdicts and scores over time. */
public final class OutcomesPanels {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private OutcomesPanels() {
    }

    /** Lays cards out one under another with the page's usual gap between them. */
    static Div stack(Div box) {
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        return box;
    }

    /** The speed-phase and return-to-sport verdicts, with what is still needed. */
    public static Component verdicts(OutcomesOverview o, OutcomesContent content) {
        Card card = new Card();
        card.setId("outcome-verdicts");
        card.setTitle("Where you stand");
        card.add(verdict("verdict-speed", "Speed and reactive phase", o.speedEntry(), content,
                "Knee in line and step-down quality are good enough for landing, hopping and change of direction."));
        card.add(verdict("verdict-rts", "Cutting and return to sport", o.returnToSport(), content,
                "Every hop test is at " + GateWords.n(content.gates().returnToSport().minLsiPercent())
                        + " % symmetry or more."));
        return card;
    }

    private static Component verdict(String id, String title, GateVerdict v, OutcomesContent content, String metText) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("kl-outcome-verdict");
        box.add(new H3(title));
        box.add(v.met() ? UiBits.badge("Criteria met", "success") : UiBits.badge("Not yet", "contrast"));
        box.add(v.met() ? new Paragraph(metText) : UiBits.bullets(GateWords.reasons(v, content)));
        return box;
    }

    /** The content's no-progress advice, raised because the main outcomes have not really changed. */
    public static Component noProgress(OutcomesOverview o) {
        Card card = new Card();
        card.setId("outcomes-no-progress");
        card.addClassName("kl-flag");
        card.setTitle("No real change yet: see " + o.noProgress().professional().toLowerCase(Locale.ROOT));
        card.add(new Paragraph(o.noProgress().advice()));
        card.add(UiBits.finePrint("Judged on your knee questionnaires, the single-leg squat and the knee angle when "
                + "measured, " + o.noProgress().weeks() + " weeks after you started."));
        return card;
    }

    /** Each questionnaire's scores with the change since the first judged against its MCID, and a chart. */
    public static Component promHistory(OutcomesOverview o) {
        Div box = stack(new Div());
        box.setId("prom-history");
        for (OutcomesOverview.PromSeries s : o.proms()) {
            Card card = new Card();
            card.setId("prom-history-" + s.prom().id());
            card.setTitle(s.prom().name());
            if (s.scores().isEmpty()) {
                card.add(new Paragraph("Not answered yet."));
                box.add(card);
                continue;
            }
            OutcomesOverview.Score first = s.scores().get(0);
            OutcomesOverview.Score last = s.scores().get(s.scores().size() - 1);
            Paragraph summary = new Paragraph(s.sinceFirst() == null
                    ? "First score " + GateWords.n(first.value()) + " out of 100 on " + DATE.format(first.date()) + "."
                    : "From " + GateWords.n(first.value()) + " to " + GateWords.n(last.value()) + " out of 100: "
                    + words(s.sinceFirst()) + ".");
            summary.setId("prom-summary-" + s.prom().id());
            card.add(summary);
            card.add(UiBits.finePrint("Higher is better. A change counts only when it is at least "
                    + GateWords.n(s.prom().mcid()) + " points (the smallest change people notice); anything smaller is "
                    + "no real change."));
            card.add(promChart(s));
            box.add(card);
        }
        return box;
    }

    private static String words(ChangeOutcome c) {
        return switch (c) {
            case IMPROVED -> "a real improvement";
            case NO_REAL_CHANGE -> "no real change";
            case WORSENED -> "a real worsening";
        };
    }

    private static Component promChart(OutcomesOverview.PromSeries s) {
        ChartPanel panel = new ChartPanel(s.prom().name() + " score at each answer, with the band of no real change "
                + "around the first score shaded");
        panel.setId("chart-prom-" + s.prom().id());
        double first = s.scores().get(0).value();
        double mcid = s.prom().mcid();
        List<String> text = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (OutcomesOverview.Score sc : s.scores()) {
            labels.add(SHORT.format(sc.date()));
            values.add(sc.value());
            text.add(DATE.format(sc.date()) + ": " + GateWords.n(sc.value()) + " out of 100");
        }
        text.add("No real change: between " + GateWords.n(Math.max(0, first - mcid)) + " and "
                + GateWords.n(Math.min(100, first + mcid)));
        panel.setConfig(lineWithBand(labels, values, Math.max(0, first - mcid), Math.min(100, first + mcid),
                s.prom().shortName(), 100), text);
        return panel;
    }

    /** Each hop test's limb symmetry over time against the return-to-sport line, and the other tests' results. */
    public static Component testHistory(OutcomesOverview o, OutcomesContent content) {
        Div box = stack(new Div());
        box.setId("test-history");
        double min = content.gates().returnToSport().minLsiPercent();
        for (OutcomesOverview.TestSeries s : o.tests()) {
            if (s.results().isEmpty()) {
                continue;
            }
            Card card = new Card();
            card.setId("test-history-" + s.test().id());
            card.setTitle(s.test().name());
            List<String> lines = new ArrayList<>();
            for (OutcomesOverview.Result r : s.results()) {
                lines.add(DATE.format(r.date()) + ": left " + GateWords.n(r.left()) + " " + s.test().unit() + ", right "
                        + GateWords.n(r.right()) + " " + s.test().unit() + detail(s, r, min));
            }
            card.add(UiBits.bullets(lines));
            if (s.test().kind() == PerformanceKind.HOP) {
                card.add(lsiChart(s, min));
            }
            box.add(card);
        }
        if (box.getChildren().findAny().isEmpty()) {
            box.add(new Paragraph("No performance tests recorded yet."));
        }
        return box;
    }

    private static String detail(OutcomesOverview.TestSeries s, OutcomesOverview.Result r, double min) {
        return switch (s.test().kind()) {
            case HOP -> " · symmetry " + GateWords.n(r.lsi()) + " % (" + (r.lsi() >= min - 1e-9 ? "meets" : "below")
                    + " the " + GateWords.n(min) + " % line)";
            case REACH -> " · difference " + GateWords.n(Math.abs(r.difference())) + " cm"
                    + (r.meaningful() ? " (a meaningful difference)" : " (within the normal difference)");
            case QUALITY_SCORE -> " · " + r.band();
        };
    }

    private static Component lsiChart(OutcomesOverview.TestSeries s, double min) {
        ChartPanel panel = new ChartPanel(s.test().name() + " limb symmetry at each test, with the return-to-sport "
                + "line at " + GateWords.n(min) + " %");
        panel.setId("chart-lsi-" + s.test().id());
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (OutcomesOverview.Result r : s.results()) {
            labels.add(SHORT.format(r.date()));
            values.add(r.lsi());
            text.add(DATE.format(r.date()) + ": " + GateWords.n(r.lsi()) + " %");
        }
        panel.setConfig(lineWithBand(labels, values, min, 100, "Symmetry %", 110), text);
        return panel;
    }

    /** A line with a shaded band between {@code low} and {@code high} (two invisible lines filled between). */
    private static ObjectNode lineWithBand(List<String> labels, List<Double> values, double low, double high,
            String label, double max) {
        ObjectNode config = ChartPanel.newConfig();
        config.put("type", "line");
        ObjectNode data = config.putObject("data");
        ArrayNode l = data.putArray("labels");
        labels.forEach(l::add);
        ArrayNode datasets = data.putArray("datasets");
        ObjectNode upper = datasets.addObject();
        upper.put("label", "band upper");
        upper.put("fill", "+1");
        upper.put("backgroundColor", "#1f6fb222");
        upper.put("borderWidth", 0);
        upper.put("pointRadius", 0);
        ArrayNode up = upper.putArray("data");
        ObjectNode lower = datasets.addObject();
        lower.put("label", "band lower");
        lower.put("fill", false);
        lower.put("borderWidth", 0);
        lower.put("pointRadius", 0);
        ArrayNode lo = lower.putArray("data");
        ObjectNode line = datasets.addObject();
        line.put("label", label);
        line.put("borderColor", "#1f6fb2");
        line.put("backgroundColor", "#1f6fb2");
        ArrayNode v = line.putArray("data");
        for (Double d : values) {
            up.add(high);
            lo.add(low);
            v.add(d);
        }
        ObjectNode options = config.putObject("options");
        options.putObject("plugins").putObject("legend").put("display", false);
        ObjectNode y = options.putObject("scales").putObject("y");
        y.put("min", 0);
        y.put("max", max);
        return config;
    }
}
