package com.kneeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: the whole app on a random port, driven by Playwright in Debian's Chromium.
 * <p>
 * Playwright cannot download its own browsers here, so it uses the system Chromium
 * ({@code KNEELINE_CHROMIUM}, default {@code /usr/bin/chromium}). Without one the tests are skipped with a
 * message, except under {@code CI=true}, where a missing browser is a failure: CI must really run them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    /** Flags that keep Chromium quiet on a machine with no network but the loopback, running as root. */
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** How long any wait or assertion may take before it fails; see {@link #openPage()}. */
    protected static final double BUSY_MACHINE_TIMEOUT_MS = 30_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    // People are set up through the services; walking those screens is another test's job.
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected AssessmentService assessments;
    @Autowired
    protected ProgrammeService programmes;
    @Autowired
    protected TrainerLinkService links;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("KNEELINE_CHROMIUM", "/usr/bin/chromium"));
        boolean present = Files.isExecutable(chromium);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no Chromium at " + chromium
                    + ": install it (apt-get install -y chromium) or set KNEELINE_CHROMIUM. Browser tests must run in CI.");
        }
        String skipped = "Skipping browser tests: no Chromium at " + chromium
                + " (install it with apt-get install -y chromium, or set KNEELINE_CHROMIUM)";
        if (!present) {
            // Surefire and failsafe keep assumption messages in their report files; say it where people look.
            System.out.println("WARNING: " + skipped);
        }
        Assumptions.assumeTrue(present, skipped);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(BUSY_MACHINE_TIMEOUT_MS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** The security holder strategy of the running test's own Spring context; see {@link #asPerson}. */
    private static org.springframework.security.core.context.SecurityContextHolderStrategy contextStrategy;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.security.core.context.SecurityContextHolderStrategy securityStrategy;

    @BeforeEach
    void openPage() {
        contextStrategy = securityStrategy;
        browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = browserContext.newPage();
        // One generous budget for every wait: on a busy 2-core machine (CI, parallel builds) a view can take
        // many seconds to appear, and the assertions below wait for real signals rather than sleeping.
        page.setDefaultTimeout(BUSY_MACHINE_TIMEOUT_MS);
        page.setDefaultNavigationTimeout(BUSY_MACHINE_TIMEOUT_MS);
    }

    /**
     * When a test fails, the page it left is kept (target/screenshots/failed-*.png) and its address printed: a CI
     * log then shows where the browser was, not only which wait ran out.
     */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isEmpty() || page == null || page.isClosed()) {
            return;
        }
        String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        System.out.println("Browser test failed on page " + page.url() + "; its picture: target/screenshots/"
                + name + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setTimeout(10_000)
                    .setPath(Path.of("target", "screenshots", name + ".png")));
        } catch (com.microsoft.playwright.PlaywrightException unavailable) {
            // The failure itself is what the report must show; a missing picture must not replace it.
            System.out.println("No picture of the failed page: " + unavailable.getMessage());
        }
    };

    @AfterEach
    void closePage() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Fails when the page needs sideways scrolling at the current viewport width. */
    protected void assertNoSidewaysScroll(String what) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as(what + " scrolls sideways").isLessThanOrEqualTo(0);
    }

    /**
     * Screenshots of the whole current view at phone (390 px) and desktop (1280 px) width into target/screenshots,
     * then back to a phone viewport. The app layout scrolls inside itself, so a viewport as tall as the content is
     * what captures a whole view in one picture.
     */
    protected void screenshotsAtBothWidths(String name) {
        shootWhole(name + "-phone", 390);
        shootWhole(name + "-desktop", 1280);
        page.setViewportSize(390, 844);
    }

    private void shootWhole(String name, int width) {
        page.setViewportSize(width, 800);
        int height = ((Number) page.evaluate("() => Math.max(800, document.querySelector('vaadin-app-layout > *:not([slot])')"
                + "?.scrollHeight + 80 || 800)")).intValue();
        page.setViewportSize(width, Math.min(height, 6000));
        page.waitForTimeout(150);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", name + ".png")));
    }

    /** Opens the login page and submits it; the caller asserts where that leads (home, or an error). */
    protected void signIn(String email, String password) {
        page.navigate(url("login"));
        waitForVaadin();
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    /** Signs in at phone size (390 px wide) and waits for home. */
    protected void signInOnAPhone(String email, String password) {
        page.setViewportSize(390, 844);
        signIn(email, password);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#home-greeting")).isVisible();
    }

    /** {@link #screenshotsAtBothWidths} of a view that must not need sideways scrolling on a phone. */
    protected void phoneScreenshots(String name) {
        assertNoSidewaysScroll(name + " on a phone");
        screenshotsAtBothWidths(name);
    }

    /** A new account; returns its id. */
    protected long register(String email, String name, String password, Role role) {
        return accounts.register(new RegistrationForm(email, name, password, role)).id();
    }

    /** The person completes (or, with a red flag, stops) an assessment with these answers; returns its id. */
    protected long assessed(String email, Answers profile, AboutYou about) {
        return asPerson(email, "INDIVIDUAL", () -> Assessments.complete(assessments, profile, about));
    }

    /** The person completes an assessment with these answers and takes the programme its findings lead to. */
    protected ProgrammeDetails withProgramme(String email, Answers profile, AboutYou about) {
        return asPerson(email, "INDIVIDUAL", () -> programmes.createFromAssessment(
                Assessments.complete(assessments, profile, about)));
    }

    /** From now on the trainer coaches the client: the trainer invites, the client accepts, as in the app. */
    protected void coach(String trainerEmail, String clientEmail) {
        String code = asPerson(trainerEmail, "TRAINER", () -> links.createInvite().code());
        asPerson(clientEmail, "INDIVIDUAL", () -> links.accept(code));
    }

    /**
     * Runs set-up through the services as this person (e.g. an assessment whose screens have their own test), the
     * way a signed-in request would, and signs them out of the test thread again afterwards.
     */
    protected static <T> T asPerson(String email, String role, java.util.function.Supplier<T> work) {
        var signedIn = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                email, null, org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                        "ROLE_" + role));
        // Each Spring context with Vaadin security installs its own holder strategy (its own thread-local), and the
        // static holder follows the newest context; this test's cached context may be older, so fill both.
        if (contextStrategy != null) {
            contextStrategy.getContext().setAuthentication(signedIn);
        }
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            return work.get();
        } finally {
            if (contextStrategy != null) {
                contextStrategy.clearContext();
            }
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    protected static void asPerson(String email, String role, Runnable work) {
        asPerson(email, role, () -> {
            work.run();
            return null;
        });
    }

    /** Waits until Vaadin has rendered and has no server round-trip in flight. */
    protected void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }
}
