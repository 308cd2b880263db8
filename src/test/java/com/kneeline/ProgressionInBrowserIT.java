package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Progression in Chromium on a phone (390 px): a session done above the target is logged with one tap per exercise
 * (the reps stepper that applies to every set), the next morning's check-in is answered on Home, and Today then shows
 * what changed, each changed exercise with its reason on its card.
 */
@Import(TestClock.class)
class ProgressionInBrowserIT extends BrowserTest {

    private static final String EMAIL = "browser.progression@example.com";
    private static final String PASSWORD = "progression in the browser";

    @Autowired
    TestClock.Movable clock;

    @Test
    void aSessionAboveTargetTakesOneTapPerExerciseAndTodayThenSaysWhatChangedAndWhy() {
        clock.set(TestClock.MONDAY);
        register(EMAIL, "Pat", PASSWORD, Role.INDIVIDUAL);
        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "football", AboutYou.Goal.SPORT, Set.of("weights"), 30, 3,
                null);
        withProgramme(EMAIL, AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), about);
        page.setViewportSize(390, 844);
        signIn(EMAIL, PASSWORD);
        page.navigate(url("today"));
        assertThat(page.locator("#today-session-title")).containsText("today");
        waitForVaadin();

        Locator cards = page.locator(".kl-log-exercise");
        int exercises = cards.count();
        assertThat(exercises).isPositive();
        int taps = 0;
        for (int i = 0; i < exercises; i++) {
            String id = cards.nth(i).getAttribute("id").substring("log-".length());
            page.locator("#reps-all-" + id + " [part~=increase-button]").click();
            taps++;
            waitForVaadin();
        }
        assertThat(taps).isEqualTo(exercises);
        int sets = page.locator("vaadin-button[id^=done-]").count();
        assertThat(page.locator("vaadin-button[id^=done-][aria-pressed=true]")).hasCount(sets);
        screenshots("progression-logged");
        page.locator("#save-session").click();
        assertThat(page.locator("#today-done")).isVisible();
        assertThat(page.locator("#what-changes-next")).containsText("Waiting for your morning check-in");
        assertThat(page.locator("#what-changes-next li")).hasCount(1);

        // The next morning, on Home.
        clock.plusDays(1);
        page.navigate(url(""));
        assertThat(page.locator("#check-in")).isVisible();
        page.locator("#check-in-settled vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Yes"))
                .click();
        page.locator("#check-in-limited vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("No"))
                .click();
        page.locator("#check-in-save").click();
        assertThat(page.locator("#what-changes-next")).containsText("because you did");
        screenshots("progression-home");

        page.navigate(url("today"));
        waitForVaadin();
        assertThat(page.locator("#what-changes-next")).containsText("because you did");
        assertThat(page.locator("#what-changes-next")).not().containsText("Waiting for your morning check-in");
        Locator why = page.locator(".kl-why-changed");
        assertThat(why.first()).isVisible();
        assertThat(why.first()).containsText("Since your last session:");
        assertThat(why.first()).containsText("because you did");
        screenshots("progression-today");
    }

    private void screenshots(String name) {
        waitForVaadin();
        phoneScreenshots(name);
    }
}
