package com.kneeline.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.kneeline.Application;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two app processes on one PostgreSQL behave as one app. Both start at the same moment on an empty schema (Flyway,
 * the configured administrator and the content pack all run on both at once), then a session logged in Chromium on
 * node A is in the History page on node B.
 * <p>
 * Runs in the {@code postgres-tests} Maven profile (which .ci/run uses) against the server {@code .ci/postgres}
 * starts. Without that profile it is skipped with a message, except under {@code CI=true}, where it fails.
 */
class TwoNodesIT {

    private static final String EMAIL = "two.nodes@example.com";
    private static final String PASSWORD = "two nodes, one app";
    private static final Duration START_BUDGET = Duration.ofMinutes(4);

    private final List<Process> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroy(); // SIGTERM: graceful shutdown
        }
        for (Process node : nodes) {
            if (!node.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
    }

    @Test
    void aSessionLoggedOnNodeAIsInHistoryOnNodeB() throws Exception {
        requireTwoNodeRun();
        Map<String, Object> db = PostgresTestDatabase.settings();
        String schema = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = db.get("spring.datasource.url") + "?currentSchema=" + schema;
        String user = (String) db.get("spring.datasource.username");
        String password = (String) db.get("spring.datasource.password");
        try (Connection c = DriverManager.getConnection((String) db.get("spring.datasource.url"), user, password)) {
            c.createStatement().execute("CREATE SCHEMA " + schema); // what an operator provisions once
        }

        Node a = start("node-a", url, user, password);
        Node b = start("node-b", url, user, password);
        waitUntilReady(a);
        waitUntilReady(b);

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            var rs = c.createStatement().executeQuery("SELECT "
                    + "(SELECT COUNT(*) FROM account WHERE email = 'admin@two-nodes.example') AS admins, "
                    + "(SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success) AS failed, "
                    + "(SELECT COUNT(*) FROM flyway_schema_history WHERE version = '12.2') AS shedlock_table");
            rs.next();
            assertThat(rs.getInt("admins")).as("administrators created by two nodes at once").isEqualTo(1);
            assertThat(rs.getInt("failed")).as("failed migrations").isZero();
            assertThat(rs.getInt("shedlock_table")).as("migration V12_2 applied once").isEqualTo(1);
        }

        setUpAPersonWithAProgramme(url, user, password);

        Path chromium = Path.of(System.getenv().getOrDefault("KNEELINE_CHROMIUM", "/usr/bin/chromium"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(chromium).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

            Page onA = browser.newContext().newPage();
            onA.setDefaultTimeout(30_000);
            signIn(onA, a);
            onA.navigate(a.url("history"));
            waitForVaadin(onA);
            assertThat(onA.locator("#history-grid")).isVisible();
            assertThat(sessionRows(onA)).hasCount(0);

            onA.navigate(a.url("today"));
            assertThat(onA.locator("#today-session-title")).isVisible();
            waitForVaadin(onA);
            Locator done = onA.locator("vaadin-button[id^=done-]");
            for (int i = 0; i < done.count(); i++) {
                done.nth(i).click();
            }
            waitForVaadin(onA);
            onA.locator("#save-session").click();
            assertThat(onA.locator("#today-done")).isVisible();

            Page onB = browser.newContext().newPage();
            onB.setDefaultTimeout(30_000);
            signIn(onB, b);
            onB.navigate(b.url("history"));
            waitForVaadin(onB);
            assertThat(onB.locator("#history-grid")).isVisible();
            assertThat(sessionRows(onB)).hasCount(1);
            Files.createDirectories(Path.of("target", "screenshots"));
            onB.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "two-nodes-history-on-b.png")));
        }
    }

    /** The history grid's date cells ("Mon 30 Nov"): one per logged session. */
    private static Locator sessionRows(Page page) {
        return page.locator("#history-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2}\\s*$")));
    }

    private static void requireTwoNodeRun() {
        if (Boolean.getBoolean("kneeline.test.two-nodes")) {
            return;
        }
        String skipped = "Skipping the two-node test: it runs in the postgres-tests profile "
                + "(eval \"$(.ci/postgres start)\"; ./mvnw verify -Ppostgres-tests)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + skipped.substring("Skipping ".length())
                    + ": CI must run it (.ci/run does)");
        }
        System.out.println("WARNING: " + skipped);
        Assumptions.abort(skipped);
    }

    /** The person, an assessment and a programme, made through the services by a third instance on the same data. */
    private static void setUpAPersonWithAProgramme(String url, String user, String password) {
        try (ConfigurableApplicationContext setUp = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--server.port=0", "--management.server.port=0",
                "--spring.main.banner-mode=off")) {
            setUp.getBean(AccountService.class).register(new RegistrationForm(EMAIL, "Nia", PASSWORD, Role.INDIVIDUAL));
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    EMAIL, null, AuthorityUtils.createAuthorityList("ROLE_INDIVIDUAL")));
            try {
                AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "running", AboutYou.Goal.RUN, Set.of("band"), 30, 3,
                        null);
                setUp.getBean(ProgrammeService.class).createFromAssessment(Assessments.complete(
                        setUp.getBean(AssessmentService.class), AssessmentProfiles.bilateralHipWeaknessTrendelenburg(),
                        about));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    private record Node(String name, int port, int managementPort, Path log) {
        String url(String path) {
            return "http://localhost:" + port + "/" + path;
        }
    }

    private Node start(String name, String url, String user, String password) throws IOException {
        int port = freePort();
        int management = freePort();
        Path log = Path.of("target", "two-nodes", name + ".log");
        Files.createDirectories(log.getParent());
        // The app's own class path, without the test classes and their test-only configuration.
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath, Application.class.getName(),
                "--server.port=" + port, "--management.server.port=" + management,
                "--spring.profiles.active=postgres", "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("KNEELINE_DB_URL", url, "KNEELINE_DB_USER", user,
                "KNEELINE_DB_PASSWORD", password, "KNEELINE_ADMIN_EMAIL", "admin@two-nodes.example",
                "KNEELINE_ADMIN_PASSWORD", "an admin for both nodes"));
        nodes.add(builder.start());
        return new Node(name, port, management, log);
    }

    private void waitUntilReady(Node node) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_BUDGET);
        URI readiness = URI.create("http://localhost:" + node.managementPort() + "/actuator/health/readiness");
        while (Instant.now().isBefore(deadline)) {
            if (nodes.stream().anyMatch(p -> !p.isAlive())) {
                throw new AssertionError(node.name() + " or its twin stopped; see " + node.log() + ":\n"
                        + tail(node.log()));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    assertThat(response.body()).contains("\"contentPack\"", "\"db\"");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError(node.name() + " was not ready within " + START_BUDGET + ":\n" + tail(node.log()));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void signIn(Page page, Node node) {
        page.navigate(node.url("login"));
        waitForVaadin(page);
        page.locator("input[name=username]").fill(EMAIL);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        try {
            assertThat(page.locator("#home-greeting")).isVisible();
        } catch (AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots",
                    "two-nodes-sign-in-" + node.name() + ".png")));
            throw e;
        }
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
