package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.SetLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A trainer's roster and client page, and the client's "My trainer", in Chromium at phone and desktop width. */
class TrainerInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "trainer in the browser";

    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    JdbcTemplate jdbc;

    private void register(String email, String name, Role role) {
        register(email, name, PASSWORD, role);
    }

    /** An assessment, a programme, today's session at pain 6 and an open persistent-pain flag. */
    private void withProgrammeAndFlag(String client) {
        withProgramme(client, AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), new AboutYou(
                AboutYou.Knees.LEFT, "running", AboutYou.Goal.RUN, Set.of("band"), 30, 3, null));
        asPerson(client, "INDIVIDUAL", () -> {
            PlannedSession session = tracker.todays().nextSession(tracker.me()).orElseThrow();
            List<ExerciseLog> logs = session.items().stream().map(i -> ExerciseLog.done(i.prescription().exerciseId(),
                    i.prescription().side(), IntStream.range(0, i.sets()).mapToObj(n -> new SetLog(
                            i.prescription().target(), i.prescription().loadKg(), 7.0, 6, KneeTracking.GOOD)).toList()))
                    .toList();
            return tracker.sessionLog().logSession(tracker.me(), session.number(), logs);
        });
        // One real session a day is all a test can log; the flag the tracker would raise after several is stored.
        jdbc.update("INSERT INTO referral_flag (owner_id, kind, seen, why_it_matters, professional, stops_exercise, "
                + "raised_at) VALUES (?, 'PERSISTENT_PAIN', 'Pain above 5/10 in 3 sessions within 14 days', "
                + "'Pain that keeps coming back with exercise needs a professional look.', "
                + "'A physiotherapist or sports medicine doctor', FALSE, ?)",
                accounts.findByEmail(client).orElseThrow().id(), Timestamp.from(Instant.now()));
    }

    /** A whole-view screenshot after the view has adapted to the width (the roster adapts on the server). */
    private void shoot(String name, int width) {
        page.setViewportSize(width, 800);
        page.waitForTimeout(400);
        waitForVaadin();
        int height = ((Number) page.evaluate("() => Math.max(800, document.querySelector('vaadin-app-layout > *:not([slot])')"
                + "?.scrollHeight + 80 || 800)")).intValue();
        page.setViewportSize(width, Math.min(height, 6000));
        page.waitForTimeout(200);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", name + ".png")));
    }

    private void logIn(String email) {
        signIn(email, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();
    }

    @Test
    void aTrainerSeesTheRosterAndAClientPageAndTheClientSeesTheirTrainer() {
        String trainer = "browser.trainer@example.com";
        String client = "browser.client@example.com";
        String fresh = "browser.fresh@example.com";
        String newTrainer = "browser.newtrainer@example.com";
        register(trainer, "Casey Coach", Role.TRAINER);
        register(newTrainer, "Noor New", Role.TRAINER);
        register(client, "Cleo Client", Role.INDIVIDUAL);
        register(fresh, "Dana Fresh-Start", Role.INDIVIDUAL);
        withProgrammeAndFlag(client);
        coach(trainer, client);
        coach(trainer, fresh);

        logIn(newTrainer);
        page.navigate(url("trainer/clients"));
        waitForVaadin();
        assertThat(page.locator("#roster-empty")).isVisible();
        assertNoSidewaysScroll("empty roster");
        screenshotsAtBothWidths("trainer-roster-empty");

        browserContext.clearCookies(); // a fresh session: the next person signs in
        logIn(trainer);
        page.setViewportSize(390, 844);
        page.navigate(url("trainer/clients"));
        waitForVaadin();
        // On a phone the client cell carries next session, adherence, last log and reassessment.
        assertThat(page.locator("#roster-grid .kl-roster-facts").first()).containsText("Last log: Today");
        assertNoSidewaysScroll("roster on a phone");
        shoot("trainer-roster-phone", 390);
        shoot("trainer-roster-desktop", 1280);
        assertThat(page.locator("#roster-grid .kl-roster-facts")).hasCount(0);
        assertThat(page.locator("#roster-grid vaadin-grid-cell-content").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Cleo Client")).first()).isVisible();
        assertNoSidewaysScroll("roster");

        page.locator("#invite-client").click();
        assertThat(page.locator("#invite-code-shown")).isVisible();
        waitForVaadin();
        screenshotsAtBothWidths("trainer-invite");
        page.locator("#invite-done").click();

        page.locator("#roster-grid vaadin-grid-cell-content").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Cleo Client")).first().click();
        assertThat(page.locator("#client-name")).hasText("Cleo Client");
        waitForVaadin();
        assertNoSidewaysScroll("client page");
        screenshotsAtBothWidths("trainer-client");
        page.locator("#client-flags vaadin-text-area textarea").first().fill("Referred to physio on 12 May");
        page.locator("#client-flags vaadin-button[id^=client-acknowledge-]").first().click();
        assertThat(page.locator("#client-acknowledged-flags")).isVisible();

        browserContext.clearCookies(); // a fresh session: the next person signs in
        logIn(client);
        assertThat(page.locator("#home-trainer")).containsText("Casey Coach");
        page.navigate(url("my-trainer"));
        waitForVaadin();
        assertThat(page.locator("#my-trainer-card")).containsText("Casey Coach");
        assertNoSidewaysScroll("my trainer");
        screenshotsAtBothWidths("my-trainer");
        page.navigate(url("history"));
        waitForVaadin();
        assertThat(page.locator("#acknowledged-flags")).containsText("Referred to physio on 12 May");
        page.navigate(url("my-trainer"));
        waitForVaadin();
        page.locator("#unlink-trainer").click();
        assertThat(page.locator("#confirm-unlink")).isVisible();
        waitForVaadin();
        screenshotsAtBothWidths("my-trainer-unlink");
        page.locator("#confirm-unlink").click();
        assertThat(page.locator("#no-trainer")).isVisible();
        page.locator("#invite-code input").fill("WRONG234");
        page.locator("#accept-invite").click();
        assertThat(page.locator("#invite-code")).hasAttribute("invalid", "");
        waitForVaadin();
        screenshotsAtBothWidths("my-trainer-code");

        // A new invite link opened while signed out: log in first, then the code is filled in, one tap links.
        String code = asPerson(trainer, "TRAINER", () -> links.createInvite().code());
        browserContext.clearCookies();
        page.navigate(url("join/" + code));
        waitForVaadin();
        page.locator("input[name=username]").fill(client);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#invite-code input")).hasValue(code);
        page.locator("#accept-invite").click();
        assertThat(page.locator("#my-trainer-card")).containsText("Casey Coach");
    }
}
