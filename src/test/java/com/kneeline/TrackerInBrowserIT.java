package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/** The tracker in Chromium on a phone: log a whole session set by set, then read what changes and the history. */
class TrackerInBrowserIT extends BrowserTest {

    private static final String EMAIL = "browser.tracker@example.com";
    private static final String PASSWORD = "tracker in the browser";

    @Test
    void aPersonLogsAWholeSessionOnTheirPhone() {
        register(EMAIL, "Tom", PASSWORD, Role.INDIVIDUAL);
        withProgramme(EMAIL, AssessmentProfiles.bilateralHipWeaknessTrendelenburg(), new AboutYou(AboutYou.Knees.LEFT,
                "running", AboutYou.Goal.RUN, Set.of("band"), 30, 3, null));
        signInOnAPhone(EMAIL, PASSWORD);

        page.locator("#home-today-action").click();
        assertThat(page.locator("#today-session-title")).isVisible();
        waitForVaadin();
        Locator done = page.locator("vaadin-button[id^=done-]");
        int sets = done.count();
        assertThat(sets).isPositive();
        // one change: pain 2 on the first set, from the pencil
        page.locator("vaadin-button[id^=change-]").first().click();
        page.locator("vaadin-integer-field[id^=pain-] input").first().fill("2");
        page.locator("vaadin-integer-field[id^=pain-] input").first().press("Tab");
        waitForVaadin();
        phoneScreenshots("today-logging");
        for (int i = 0; i < sets; i++) {
            Locator button = done.nth(i);
            if (!"true".equals(button.getAttribute("aria-pressed"))) {
                button.click();
            }
        }
        waitForVaadin();
        assertThat(page.locator("vaadin-button[id^=done-][aria-pressed=true]")).hasCount(sets);
        page.locator("#skip-" + page.locator(".kl-log-exercise").last().getAttribute("id").substring("log-".length()))
                .click();
        page.locator("#save-session").click();
        assertThat(page.locator("#today-done")).isVisible();
        assertThat(page.locator("#what-changes-next li").first()).isVisible();
        waitForVaadin();
        phoneScreenshots("today-saved");

        page.navigate(url("history"));
        waitForVaadin();
        assertThat(page.locator("#history-grid")).isVisible();
        assertThat(page.locator("kl-chart[data-rendered=true]")).hasCount(1);
        phoneScreenshots("history");

        page.navigate(url("today"));
        waitForVaadin();
        page.locator("#report-change").click();
        assertThat(page.locator("#report-questions")).isVisible();
        waitForVaadin();
        page.waitForTimeout(500); // the dialog fades in
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "report-dialog-phone.png")));
        page.locator("#report-what textarea").fill("twisted it stepping off a kerb");
        page.locator("#report-send").click();
        assertThat(page.locator(".kl-flag-stop")).isVisible();
        assertThat(page.locator(".kl-flag-stop")).containsText("twisted it stepping off a kerb");
        waitForVaadin();
        phoneScreenshots("today-paused");
    }
}
