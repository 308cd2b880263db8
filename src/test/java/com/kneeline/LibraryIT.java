package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/**
 * The exercise library and the causes pages in a real browser, at a laptop's and a phone's width: search, open an
 * exercise, step up its ladder, go Back to the filtered list, open a cause. Screenshots go to target/screenshots.
 */
class LibraryIT extends BrowserTest {

    private static final int[][] SIZES = {{1280, 800}, {390, 844}};

    @Test
    void searchOpenAnExerciseClimbItsLadderAndReadACause() {
        accounts.register(new RegistrationForm("library.lee@example.com", "Lee", "a long enough pass", Role.INDIVIDUAL));
        signIn("library.lee@example.com", "a long enough pass");
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Lee");

        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            String suffix = size[0] < 600 ? "phone" : "desktop";

            page.navigate(url("library"));
            waitForVaadin();
            assertThat(page.locator("#library-count")).hasText("59 exercises");
            check("library-" + suffix);

            page.locator("#library-search input").fill("clam");
            assertThat(page.locator("#library-count")).hasText("2 exercises");
            assertThat(page).hasURL(Pattern.compile(".*/library\\?q=clam$"));
            waitForVaadin();
            check("library-search-" + suffix);

            page.locator("a:has-text('Banded clamshell')").click();
            assertThat(page.locator("#exercise-name")).hasText("Banded clamshell");
            waitForVaadin();
            assertThat(page.locator("#ladder-position")).hasText("Step 3 of 5");
            check("exercise-" + suffix);

            page.locator("#ladder-harder").click();
            assertThat(page.locator("#ladder-position")).hasText("Step 4 of 5");
            waitForVaadin();
            assertThat(page).hasTitle(Pattern.compile(".+"));

            page.goBack();
            assertThat(page.locator("#exercise-name")).hasText("Banded clamshell");
            page.goBack();
            assertThat(page.locator("#library-count")).hasText("2 exercises");
            assertThat(page.locator("#library-search input")).hasValue("clam");

            page.navigate(url("library/goblet-squat"));
            waitForVaadin();
            assertThat(page.locator("#ladder-form-gate")).isVisible();
            check("exercise-form-gated-" + suffix);

            page.navigate(url("library?have=none&pillar=strength"));
            waitForVaadin();
            check("library-filtered-" + suffix);

            page.navigate(url("findings"));
            waitForVaadin();
            check("findings-" + suffix);

            page.locator("a:has-text('Weak side hip muscles (gluteus medius)')").click();
            assertThat(page.locator("#finding-name")).hasText("Weak side hip muscles (gluteus medius)");
            waitForVaadin();
            check("finding-" + suffix);

            page.navigate(url("findings/structural-factors"));
            waitForVaadin();
            assertThat(page.locator("#finding-professional")).isVisible();
            check("finding-professional-" + suffix);

            page.navigate(url("library/no-such-exercise"));
            waitForVaadin();
            assertThat(page.locator("#not-found")).containsText("Exercise not found");
            check("exercise-not-found-" + suffix);
        }
    }

    private void check(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(name + " scrolls sideways").isLessThanOrEqualTo(0);
        Object wide = page.evaluate("() => { const m = document.querySelector('main'); "
                + "return m ? m.scrollWidth - m.clientWidth : 0; }");
        assertThat(((Number) wide).intValue()).as(name + " content scrolls sideways").isLessThanOrEqualTo(0);

        // The app layout scrolls its content area, not the page, so a full-page shot stops at the fold. For a
        // person reviewing the whole page, also take one with the window as tall as the content.
        int width = page.viewportSize().width;
        int height = page.viewportSize().height;
        int contentHeight = ((Number) page.evaluate("() => { const m = document.querySelector('main'); "
                + "return m ? Math.ceil(m.getBoundingClientRect().top + m.scrollHeight) : 0; }")).intValue();
        if (contentHeight > height) {
            page.setViewportSize(width, contentHeight + 16);
            page.waitForTimeout(200);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "full", name + ".png")));
            page.setViewportSize(width, height);
        }
    }
}
