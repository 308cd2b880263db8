package com.kneeline.perf;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;

/**
 * What a person does in each app, in Chromium. The individual logs a whole session set by set; the trainer goes from
 * the roster to a client to the plan editor; the skeleton's person logs in, sees its one view and logs out.
 */
final class Scenarios {

    static final String PASSWORD = "kneeline-demo";
    static final String TRAINER = "tara@demo.kneeline.app";
    static final String CLIENT_NAME = "Maya Mid-programme";
    static final String SKELETON_USER = "user";
    static final String SKELETON_PASSWORD = "skeleton-pass";

    private Scenarios() {
    }

    /** UIDL round trips of one run, and those spent logging its sets. */
    record Counts(int uidl, int sets, int uidlForSets) {
    }

    /** Log in, Home, Today, every set "Done as planned" one tap at a time, save, History, Programme, log out. */
    static Counts individual(Browser browser, String base, String email) {
        try (Browser.Tab tab = browser.open(base)) {
            tab.signIn(email, PASSWORD);
            tab.await("#home-greeting");
            tab.click("#home-today-action");
            tab.await("#today-session-title");
            Locator done = tab.page.locator("vaadin-button[id^=done-]");
            int sets = done.count();
            if (sets == 0) {
                throw new IllegalStateException(email + " has no session to log on Today");
            }
            int before = tab.uidl.get();
            for (int i = 0; i < sets; i++) {
                done.nth(i).click();
                tab.settle();
            }
            int forSets = tab.uidl.get() - before;
            tab.click("#save-session");
            tab.await("#today-done");
            tab.menu("history");
            tab.await("#history-grid");
            tab.menu("programme");
            tab.await("#programme-title");
            tab.signOut();
            return new Counts(tab.uidl.get(), sets, forSets);
        }
    }

    /** The trainer's round: log in, the roster, a client, that client's plan editor, log out. */
    static Counts trainer(Browser browser, String base) {
        try (Browser.Tab tab = browser.open(base)) {
            toPlanEditor(tab);
            tab.signOut();
            return new Counts(tab.uidl.get(), 0, 0);
        }
    }

    static void toPlanEditor(Browser.Tab tab) {
        tab.signIn(TRAINER, PASSWORD);
        tab.await("#home-greeting");
        tab.menu("trainer/clients");
        tab.await("#roster-grid");
        tab.page.getByText(CLIENT_NAME).first().click();
        tab.await("#client-name");
        tab.settle();
        tab.click("#client-plan-link");
        tab.await("#plan-title");
        tab.settle();
    }

    /** The skeleton's round: log in, its one view, log out. */
    static Counts skeleton(Browser browser, String base) {
        try (Browser.Tab tab = browser.open(base)) {
            tab.signIn(SKELETON_USER, SKELETON_PASSWORD);
            tab.await("#skeleton-title");
            tab.signOut();
            return new Counts(tab.uidl.get(), 0, 0);
        }
    }

    /** Tabs left open on Today with the whole session marked done on screen (not saved). */
    static List<Browser.Tab> openOnToday(Browser browser, String base, String email, int n) {
        List<Browser.Tab> tabs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Browser.Tab tab = browser.open(base);
            tab.signIn(email, PASSWORD);
            tab.await("#home-greeting");
            tab.click("#home-today-action");
            tab.await("#today-session-title");
            tab.click("#all-done-session");
            tabs.add(tab);
        }
        return tabs;
    }

    /** Tabs left open on the trainer's plan editor for a client with eight weeks of logs. */
    static List<Browser.Tab> openOnPlanEditor(Browser browser, String base, int n) {
        List<Browser.Tab> tabs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Browser.Tab tab = browser.open(base);
            toPlanEditor(tab);
            tabs.add(tab);
        }
        return tabs;
    }

    /** Tabs left open on the skeleton's one view. */
    static List<Browser.Tab> openOnSkeleton(Browser browser, String base, int n) {
        List<Browser.Tab> tabs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Browser.Tab tab = browser.open(base);
            tab.signIn(SKELETON_USER, SKELETON_PASSWORD);
            tab.await("#skeleton-title");
            tabs.add(tab);
        }
        return tabs;
    }

    /**
     * Load for the latency figure: one thread goes round the open tabs, tapping the next set's "Done" on each (a
     * UIDL round trip each), without waiting for one tab's answer before tapping on the next, for the given time.
     * Returns the number of taps.
     */
    static int tapRound(List<Browser.Tab> tabs, long millis) {
        long end = System.currentTimeMillis() + millis;
        int[] next = new int[tabs.size()];
        int taps = 0;
        while (System.currentTimeMillis() < end) {
            for (int t = 0; t < tabs.size() && System.currentTimeMillis() < end; t++) {
                Locator done = tabs.get(t).page.locator("vaadin-button[id^=done-]");
                int count = done.count();
                done.nth(next[t]++ % count).click();
                taps++;
            }
        }
        tabs.forEach(Browser.Tab::settle);
        return taps;
    }
}
