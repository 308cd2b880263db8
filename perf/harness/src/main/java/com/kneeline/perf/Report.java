package com.kneeline.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one perf/run, as the Markdown table written into docs/performance.md. */
final class Report {

    static final String BEGIN = "<!-- perf/run results: begin (written by perf/run, do not edit by hand) -->";
    static final String END = "<!-- perf/run results: end -->";

    record Start(Duration wall, double spring, long rssKb, long idleBytes, String load) {
    }

    private final List<Start> appStarts = new ArrayList<>();
    private final List<Start> skeletonStarts = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> startRows = new ArrayList<>();
    private List<String> current = rows;
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder growth = new StringBuilder();
    private String header;

    static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return avg[0] + " " + avg[1] + " " + avg[2];
        } catch (IOException e) {
            return "?";
        }
    }

    void start(Map<String, String> options) {
        String cpu = "?";
        long memMb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            memMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(0L);
        } catch (IOException ignored) {
            // the machine line just says less
        }
        header = String.format(Locale.ROOT, "Run of %s UTC with `%s` (N=%s sessions, K=%s runs, C=%s concurrent "
                        + "sessions for %s s, %s cold starts each).%n%nMachine: %d cores, %s, %d MB RAM; JDK %s (%s); "
                        + "default JVM flags for both apps; load average at the start %s (other builds share the "
                        + "machine).%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                options.get("command"), options.get("n"), options.get("k"), options.get("c"), options.get("seconds"),
                options.get("starts"), Runtime.getRuntime().availableProcessors(), cpu, memMb,
                System.getProperty("java.version"), System.getProperty("java.vm.name"), load());
    }

    void coldStart(String which, Start start) {
        ("app".equals(which) ? appStarts : skeletonStarts).add(start);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void row(String measure, String app, String skeleton, String ratio, String target, String load) {
        current.add("| " + String.join(" | ", measure, app, skeleton, ratio, target, load) + " |");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private void startRows() {
        if (appStarts.isEmpty() || !startRows.isEmpty()) {
            return;
        }
        current = startRows;
        String loads = appStarts.get(0).load() + " → " + skeletonStarts.get(skeletonStarts.size() - 1).load();
        double app = median(appStarts.stream().map(s -> s.wall().toMillis() / 1000.0).toList());
        double bare = median(skeletonStarts.stream().map(s -> s.wall().toMillis() / 1000.0).toList());
        row("cold start to \"Started\", launch to log line (median of " + appStarts.size() + ")", f("%.1f s", app),
                f("%.1f s", bare), f("%.2f×", app / bare), "≤ 1.3×", loads);
        double appSpring = median(appStarts.stream().map(Start::spring).toList());
        double bareSpring = median(skeletonStarts.stream().map(Start::spring).toList());
        row("… Spring's own \"Started in\" (median)", f("%.1f s", appSpring), f("%.1f s", bareSpring),
                f("%.2f×", appSpring / bareSpring), "", "");
        double appRss = median(appStarts.stream().map(s -> s.rssKb() / 1024.0).toList());
        double bareRss = median(skeletonStarts.stream().map(s -> s.rssKb() / 1024.0).toList());
        row("RSS after the first page (median)", f("%.0f MB", appRss), f("%.0f MB", bareRss),
                f("%.2f×", appRss / bareRss), "", "");
        double appIdle = median(appStarts.stream().map(s -> s.idleBytes() / 1048576.0).toList());
        double bareIdle = median(skeletonStarts.stream().map(s -> s.idleBytes() / 1048576.0).toList());
        row("idle heap after full GC (live objects, median)", f("%.1f MB", appIdle), f("%.1f MB", bareIdle),
                f("%.2f×", appIdle / bareIdle), "", "");
        current = rows;
    }

    void cpu(Duration individual, Duration trainer, Duration skeleton, List<Scenarios.Counts> counts,
             List<Scenarios.Counts> trainerCounts, List<Scenarios.Counts> skeletonCounts, String load) {
        row("server CPU per individual scenario (log in, Home, Today, log every set, save, History, Programme, "
                        + "log out)", f("%d ms", individual.toMillis()), f("%d ms", skeleton.toMillis()),
                f("%.2f×", individual.toMillis() / (double) skeleton.toMillis()), "≤ 1.5×", load);
        row("server CPU per trainer scenario (log in, roster, client, plan editor, log out)",
                f("%d ms", trainer.toMillis()), f("%d ms", skeleton.toMillis()),
                f("%.2f×", trainer.toMillis() / (double) skeleton.toMillis()), "", load);
        double uidl = counts.stream().mapToInt(Scenarios.Counts::uidl).average().orElse(0);
        double bare = skeletonCounts.stream().mapToInt(Scenarios.Counts::uidl).average().orElse(0);
        double trainerUidl = trainerCounts.stream().mapToInt(Scenarios.Counts::uidl).average().orElse(0);
        row("UIDL requests per individual scenario (trainer scenario: " + f("%.0f", trainerUidl) + ")",
                f("%.0f", uidl), f("%.0f", bare), "–", "", "");
        int sets = counts.stream().mapToInt(Scenarios.Counts::sets).sum();
        int forSets = counts.stream().mapToInt(Scenarios.Counts::uidlForSets).sum();
        row("UIDL round trips per logged set (" + sets / Math.max(1, counts.size()) + " sets a session)",
                f("%.2f", forSets / (double) Math.max(1, sets)), "–", "–", "≤ 1", "");
    }

    void memory(int n, Histogram before, Histogram today, Histogram plans, Histogram bareBefore,
                Histogram bareAfter, String load) {
        double bare = (bareAfter.totalBytes() - bareBefore.totalBytes()) / 1024.0 / n;
        double onToday = (today.totalBytes() - before.totalBytes()) / 1024.0 / n;
        double onPlans = (plans.totalBytes() - today.totalBytes()) / 1024.0 / n;
        row("retained heap per active session, Today with a whole session marked done (" + n + " sessions)",
                f("%.0f KB", onToday), f("%.0f KB (its one view)", bare), f("%.1f×", onToday / bare), "≤ 150 KB",
                load);
        row("retained heap per active session, trainer's plan editor (" + n + " sessions)", f("%.0f KB", onPlans),
                f("%.0f KB", bare), f("%.1f×", onPlans / bare), "≤ 150 KB", "");
        growth.append(f("%nWhat grew per session (class histogram after a full GC, bytes and instances per session, "
                + "top 12):%n%n| class | Today: KB | Today: instances | plan editor: KB | plan editor: instances |%n"
                + "|---|---|---|---|---|%n"));
        List<Histogram.Delta> todayTop = today.growthSince(before, n, 12);
        List<Histogram.Delta> planAll = plans.growthSince(today, n, Integer.MAX_VALUE);
        for (Histogram.Delta d : todayTop) {
            Histogram.Delta p = planAll.stream().filter(x -> x.className().equals(d.className())).findFirst()
                    .orElse(new Histogram.Delta(d.className(), 0, 0));
            growth.append(f("| `%s` | %.1f | %.0f | %.1f | %.0f |%n", d.className(), d.bytesPerSession() / 1024,
                    d.instancesPerSession(), p.bytesPerSession() / 1024, p.instancesPerSession()));
        }
    }

    void latency(int c, int taps, double seconds, UidlMetrics.Latency latency, String load) {
        row(f("UIDL server time p50 / p95 / p99 at %d concurrent sessions (%d taps in %.0f s; %d UIDL requests)",
                        c, taps, seconds, latency.requests()),
                f("%.0f / %.0f / %.0f ms", latency.p50(), latency.p95(), latency.p99()), "–", "–",
                "p95 < 100 ms at 50", load);
        notes.add("The load driver (one Chromium, one driving thread) runs on the same two cores as the server.");
    }

    String markdown() {
        startRows();
        StringBuilder out = new StringBuilder(header).append('\n')
                .append("| measure | KneeLine | skeleton | ratio | target | load average (1/5/15 min) |\n")
                .append("|---|---|---|---|---|---|\n");
        startRows.forEach(r -> out.append(r).append('\n'));
        rows.forEach(r -> out.append(r).append('\n'));
        notes.forEach(n -> out.append('\n').append(n).append('\n'));
        out.append(growth);
        return out.toString();
    }

    void writeInto(Path doc, String table) throws IOException {
        String block = BEGIN + "\n" + table + "\n" + END;
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        text = begin >= 0 && end > begin ? text.substring(0, begin) + block + text.substring(end + END.length())
                : text + "\n" + block + "\n";
        Files.writeString(doc, text);
    }
}
