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
 * Each entry screen at a phone's width (390 × 844) and a laptop's (1280 × 800): nothing may need sideways
 * scrolling. Screenshots land in target/screenshots for a person to look at.
 */
class PhoneLayoutIT extends BrowserTest {

    private static final int[][] SIZES = {{390, 844}, {1280, 800}};

    @Test
    void loginSignUpHomeAndAboutFitAPhoneScreenWithoutSidewaysScrolling() {
        accounts.register(new RegistrationForm("phone.pat@example.com", "Pat", "a long enough pass", Role.INDIVIDUAL));
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            String suffix = size[0] < 600 ? "phone" : "desktop";

            page.navigate(url("login"));
            waitForVaadin();
            check("login-" + suffix);

            page.navigate(url("register"));
            waitForVaadin();
            page.locator("vaadin-button:has-text('Create account')").click();
            waitForVaadin();
            check("register-errors-" + suffix);

            signIn("phone.pat@example.com", "a long enough pass");
            assertThat(page.locator("#home-greeting")).hasText("Welcome, Pat");
            waitForVaadin();
            check("home-" + suffix);

            page.navigate(url("about"));
            waitForVaadin();
            check("about-" + suffix);

            if (!page.locator("#logout").isVisible()) {
                // On a phone the menu is a drawer that opens from the toggle.
                page.locator("vaadin-drawer-toggle").click();
                page.waitForTimeout(500); // let the drawer finish sliding in before the screenshot
                check("menu-" + suffix);
            }
            page.locator("#logout").click();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        }
    }

    @Test
    void theAdminUsersPageFitsAPhoneScreenWithoutSidewaysScrolling() {
        accounts.ensureAdmin("phone.admin@example.com", "Ada", "a long enough pass");
        accounts.register(new RegistrationForm("listed.person@example.com", "Lee Listed", "a long enough pass", Role.INDIVIDUAL));
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            signIn("phone.admin@example.com", "a long enough pass");
            assertThat(page.locator("#home-greeting")).hasText("Welcome, Ada");
            page.navigate(url("admin/users"));
            waitForVaadin();
            assertThat(page.getByText("Lee Listed")).isVisible();
            check("admin-users-" + (size[0] < 600 ? "phone" : "desktop"));
            page.context().clearCookies();
        }
    }

    private void check(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(name + " scrolls sideways").isLessThanOrEqualTo(0);
    }
}
