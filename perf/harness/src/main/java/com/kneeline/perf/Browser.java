package com.kneeline.perf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Chromium through Playwright, and the scenarios the harness runs in it. Every wait is on a real signal (an element,
 * or Vaadin having no round trip in flight), never a sleep, and the viewport is a laptop's so the side menu shows.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final double TIMEOUT_MS = 120_000;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("KNEELINE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install it (apt-get install -y chromium) or set KNEELINE_CHROMIUM");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    /** A browser tab of its own (own cookies, so its own HTTP session), counting the UIDL requests it sends. */
    Tab open(String base) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800));
        Page page = context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        page.setDefaultNavigationTimeout(TIMEOUT_MS);
        return new Tab(base, context, page);
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    static final class Tab implements AutoCloseable {
        final String base;
        final BrowserContext context;
        final Page page;
        final AtomicInteger uidl = new AtomicInteger();

        Tab(String base, BrowserContext context, Page page) {
            this.base = base;
            this.context = context;
            this.page = page;
            page.onRequest(request -> {
                if (request.url().contains("v-r=uidl")) {
                    uidl.incrementAndGet();
                }
            });
        }

        void go(String path) {
            page.navigate(base + path);
            settle();
        }

        /** Waits until Vaadin has rendered and has no server round trip in flight. */
        void settle() {
            page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                    + "&& Object.values(window.Vaadin.Flow.clients).length > 0 "
                    + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        }

        void signIn(String email, String password) {
            go("login");
            page.locator("input[name=username]").fill(email);
            page.locator("input[name=password]").fill(password);
            page.locator("vaadin-login-form vaadin-button").first().click();
            page.waitForURL(url -> !url.contains("/login"));
            settle();
        }

        void click(String selector) {
            page.locator(selector).first().click();
            settle();
        }

        /** Opens a view from the side menu, as a person would (no page load). */
        void menu(String path) {
            click("vaadin-side-nav-item[path$='" + path + "']");
        }

        void await(String selector) {
            page.locator(selector).first().waitFor();
        }

        void signOut() {
            click("#logout");
            page.waitForURL(url -> url.contains("/login"));
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
