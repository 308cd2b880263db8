package com.kneeline.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * perf/run's measuring side: KneeLine's production jar against the skeleton's, interleaved, on this machine. See
 * docs/performance.md for what each figure means and how it is taken.
 */
public final class Harness {

    final Map<String, String> options = new HashMap<>(Map.of("n", "10", "k", "5", "c", "10", "starts", "5",
            "seconds", "60", "warmups", "2", "app-port", env("PERF_APP_PORT", "8107"), "skeleton-port",
            env("PERF_SKELETON_PORT", "8108"), "management-port", env("PERF_MANAGEMENT_PORT", "8207")));
    final Report report = new Report();

    public static void main(String[] args) throws Exception {
        Harness harness = new Harness();
        for (int i = 0; i + 1 < args.length; i += 2) {
            harness.options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        harness.run();
    }

    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }

    private int number(String option) {
        return Integer.parseInt(options.get(option));
    }

    private Path path(String option) {
        return Path.of(options.get(option)).toAbsolutePath();
    }

    void run() throws Exception {
        Path work = path("work");
        report.start(options);
        try (Browser browser = new Browser()) {
            if (number("starts") > 0) {
                coldStarts(browser, work);
            }
            load(browser, work);
        }
        String table = report.markdown();
        System.out.println(table);
        report.writeInto(path("out"), table);
        System.out.println("perf: written to " + path("out"));
    }

    /** Cold start, RSS after the first page and idle heap, the app and the skeleton taking turns. */
    private void coldStarts(Browser browser, Path work) throws Exception {
        Path data = work.resolve("data-app");
        deleteTree(data);
        Map<String, String> appEnv = Map.of("KNEELINE_DATA_DIR", data.toString());
        List<String> appArgs = List.of("--management.server.port=" + options.get("management-port"));
        // One start first, not measured: it creates the database (Flyway from scratch). The measured starts are
        // restarts on that database, as in production.
        System.out.println("perf: first start of KneeLine (creates its database; not measured)");
        Server.start("KneeLine", path("app"), number("app-port"), work.resolve("logs/app-first.log"), List.of(),
                appArgs, appEnv).close();
        for (int i = 1; i <= number("starts"); i++) {
            System.out.printf("perf: cold start %d of %s (load %s)%n", i, options.get("starts"), Report.load());
            report.coldStart("app", coldStart(browser, Server.start("KneeLine", path("app"), number("app-port"),
                    work.resolve("logs/app-start-" + i + ".log"), List.of(), appArgs, appEnv)));
            report.coldStart("skeleton", coldStart(browser, Server.start("skeleton", path("skeleton"),
                    number("skeleton-port"), work.resolve("logs/skeleton-start-" + i + ".log"), List.of(), List.of(),
                    Map.of())));
        }
    }

    private Report.Start coldStart(Browser browser, Server server) throws Exception {
        try (server) {
            try (Browser.Tab tab = browser.open("http://localhost:" + server.port + "/")) {
                tab.go("login");
            }
            long rss = server.rssKb();
            long idle = server.histogram().totalBytes();
            return new Report.Start(server.startup, server.springSeconds, rss, idle, Report.load());
        }
    }

    /** Both apps running side by side: CPU per scenario, retained heap per session, then UIDL latency under load. */
    private void load(Browser browser, Path work) throws Exception {
        int n = number("n");
        int k = number("k");
        int c = number("c");
        Path cast = Cast.write(path("out").getParent().getParent(), work.resolve("cast.yaml"), k + 2);
        List<String> appArgs = List.of("--spring.profiles.active=demo", "--kneeline.demo.cast=" + cast,
                "--management.server.port=" + options.get("management-port"),
                // buckets, so a phase's percentiles come from the difference of two scrapes (UidlMetrics)
                "--management.metrics.distribution.percentiles-histogram.http.server.requests=true");
        System.out.println("perf: starting both apps for the load phases (KneeLine seeds its demo people first)");
        try (Server app = Server.start("KneeLine", path("app"), number("app-port"), work.resolve("logs/app-load.log"),
                List.of(), appArgs, Map.of(), "KneeLine demo data is ready");
             Server skeleton = Server.start("skeleton", path("skeleton"), number("skeleton-port"),
                     work.resolve("logs/skeleton-load.log"), List.of(), List.of(), Map.of())) {
            String appBase = "http://localhost:" + app.port + "/";
            String skeletonBase = "http://localhost:" + skeleton.port + "/";
            System.out.println("perf: warm-up (not measured)");
            for (int i = 1; i <= number("warmups"); i++) {
                Scenarios.individual(browser, appBase, Cast.runner("warm", i));
                Scenarios.trainer(browser, appBase);
                Scenarios.skeleton(browser, skeletonBase);
                Scenarios.skeleton(browser, skeletonBase);
            }
            cpu(browser, app, skeleton, appBase, skeletonBase, k);
            memory(browser, app, skeleton, appBase, skeletonBase, n, work);
            latency(browser, appBase, c);
        }
    }

    private void cpu(Browser browser, Server app, Server skeleton, String appBase, String skeletonBase, int k) {
        if (k == 0) {
            return; // --k 0: memory and latency only
        }
        Duration individual = Duration.ZERO;
        Duration trainer = Duration.ZERO;
        Duration bare = Duration.ZERO;
        List<Scenarios.Counts> counts = new ArrayList<>();
        List<Scenarios.Counts> trainerCounts = new ArrayList<>();
        List<Scenarios.Counts> skeletonCounts = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            System.out.printf("perf: scenario runs %d of %d (load %s)%n", i, k, Report.load());
            Duration before = app.cpu();
            counts.add(Scenarios.individual(browser, appBase, Cast.runner("run", i)));
            individual = individual.plus(app.cpu().minus(before));
            before = skeleton.cpu();
            skeletonCounts.add(Scenarios.skeleton(browser, skeletonBase));
            bare = bare.plus(skeleton.cpu().minus(before));
            before = app.cpu();
            trainerCounts.add(Scenarios.trainer(browser, appBase));
            trainer = trainer.plus(app.cpu().minus(before));
        }
        report.cpu(individual.dividedBy(k), trainer.dividedBy(k), bare.dividedBy(k), counts, trainerCounts,
                skeletonCounts, Report.load());
    }

    private void memory(Browser browser, Server app, Server skeleton, String appBase, String skeletonBase, int n,
                        Path work) throws Exception {
        System.out.printf("perf: %d sessions on Today, then %d on the plan editor, then %d on the skeleton%n", n, n, n);
        Histogram before = app.histogram();
        List<Browser.Tab> today = Scenarios.openOnToday(browser, appBase, Cast.OPEN, n);
        Histogram afterToday = app.histogram();
        List<Browser.Tab> plans = Scenarios.openOnPlanEditor(browser, appBase, n);
        Histogram afterPlans = app.histogram();
        Histogram bareBefore = skeleton.histogram();
        List<Browser.Tab> bare = Scenarios.openOnSkeleton(browser, skeletonBase, n);
        Histogram bareAfter = skeleton.histogram();
        Files.createDirectories(work.resolve("histograms"));
        Files.writeString(work.resolve("histograms/app-before.txt"), before.raw());
        Files.writeString(work.resolve("histograms/app-today.txt"), afterToday.raw());
        Files.writeString(work.resolve("histograms/app-plan-editor.txt"), afterPlans.raw());
        report.memory(n, before, afterToday, afterPlans, bareBefore, bareAfter, Report.load());
        for (Browser.Tab tab : today) {
            tab.close();
        }
        plans.forEach(Browser.Tab::close);
        bare.forEach(Browser.Tab::close);
    }

    private void latency(Browser browser, String appBase, int c) throws Exception {
        System.out.printf("perf: %d concurrent sessions tapping sets on Today for %s s%n", c, options.get("seconds"));
        List<Browser.Tab> tabs = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            Browser.Tab tab = browser.open(appBase);
            tab.signIn(Cast.OPEN, Scenarios.PASSWORD);
            tab.click("#home-today-action");
            tab.await("#today-session-title");
            tabs.add(tab);
        }
        UidlMetrics metrics = new UidlMetrics(number("management-port"));
        var before = metrics.scrape();
        long started = System.nanoTime();
        int taps = Scenarios.tapRound(tabs, number("seconds") * 1000L);
        double seconds = (System.nanoTime() - started) / 1e9;
        var after = metrics.scrape();
        report.latency(c, taps, seconds, UidlMetrics.between(before, after), Report.load());
        tabs.forEach(Browser.Tab::close);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
