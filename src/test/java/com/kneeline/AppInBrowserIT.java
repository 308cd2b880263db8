package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/** The newcomer's first minute, in a real Chromium: sign up, log in, see the home, log out. */
class AppInBrowserIT extends BrowserTest {

    @Test
    void aNewcomerSignsUpLogsInSeesTheirHomeAndLogsOut() {
        page.navigate(url(""));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        waitForVaadin();

        page.getByText("Create an account").click();
        assertThat(page.getByText("Create your account")).isVisible();
        page.getByLabel("Email").fill("browser.newcomer@example.com");
        page.getByLabel("Your name").fill("Bea");
        // The sign-up password field has no name attribute; getByLabel would also match its reveal button.
        page.locator("vaadin-password-field input").fill("landing softly on both feet");
        page.locator("#health-consent input").check();
        page.getByText("For myself").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?registered.*"));
        assertThat(page.getByText("Your account is ready")).isVisible();

        page.locator("input[name=username]").fill("browser.newcomer@example.com");
        page.locator("input[name=password]").fill("landing softly on both feet");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();

        assertThat(page.locator("#home-greeting")).hasText("Welcome, Bea");
        assertThat(page.getByText("You have not taken an assessment yet.")).isVisible();
        screenshot("home-desktop");

        page.navigate(url("no-such-page"));
        assertThat(page.getByText("Page not found")).isVisible();
        screenshot("not-found-desktop");
        assertThat(page.getByText("Go to your home page")).isVisible();
        page.navigate(url(""));

        page.locator("#logout").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
    }

    @Test
    void aWrongPasswordIsRejectedWithAClearMessage() {
        signIn("nobody@example.com", "not the password at all");

        assertThat(page.getByText("Incorrect email or password")).isVisible();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
