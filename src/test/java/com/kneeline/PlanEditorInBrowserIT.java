package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/**
 * A trainer in Chromium makes a template, generates a client's plan and adjusts an exercise, on a phone and a
 * laptop, reaching the client from the roster as a trainer would.
 */
class PlanEditorInBrowserIT extends BrowserTest {

    private static final String TRAINER = "browser.plan.trainer@example.com";
    private static final String CLIENT = "browser.plan.client@example.com";
    private static final String PASSWORD = "plans in the browser";

    @Test
    void aTrainerMakesATemplateThenGeneratesAndAdjustsAClientsPlanOnAPhone() {
        register(TRAINER, "Tess", PASSWORD, Role.TRAINER);
        long client = register(CLIENT, "Noor", PASSWORD, Role.INDIVIDUAL);
        // The invite is accepted on screen in TrainerInBrowserIT and the assessment walked in AssessmentInBrowserIT.
        coach(TRAINER, CLIENT);
        assessed(CLIENT, AssessmentProfiles.motorControlOnly(), new AboutYou(AboutYou.Knees.LEFT, "netball",
                AboutYou.Goal.SPORT, Set.of("band", "weights"), 40, 3, null));

        signInOnAPhone(TRAINER, PASSWORD);

        page.navigate(url("trainer/templates"));
        waitForVaadin();
        assertThat(page.locator("#templates-empty")).containsText("No templates yet");
        phoneScreenshots("templates-empty");
        page.locator("#templates-new").click();
        page.locator("#template-save").click();
        assertThat(page.locator("#template-name")).hasAttribute("invalid", "");
        page.locator("#template-name input").fill("Netball, twice a week");
        page.locator("#template-description textarea").fill("Club players between matches.");
        page.locator("#template-sessions input").fill("2");
        page.locator("#template-add-rule").click();
        waitForVaadin();
        phoneScreenshots("template-editor");
        page.locator("#template-rules vaadin-button").first().click(); // remove the empty rule again
        page.locator("#template-save").click();
        assertThat(page.locator("#templates-grid")).containsText("Netball, twice a week");
        waitForVaadin();
        phoneScreenshots("templates");

        // From the roster to the client's page to their plan, as a trainer would go.
        page.navigate(url("trainer/clients"));
        waitForVaadin();
        page.getByText("Noor").first().click();
        assertThat(page.locator("#client-name")).hasText("Noor");
        page.locator("#client-plan-link").click();
        assertThat(page.locator("#plan-title")).containsText("Plan for Noor");
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("trainer/clients/" + client + "/plan");
        phoneScreenshots("plan-editor-empty");
        page.locator("#plan-generate").click();
        assertThat(page.locator(".kl-planned-exercise").first()).isVisible();
        waitForVaadin();
        phoneScreenshots("plan-editor");

        page.locator("[id^=adjust-]").first().click();
        assertThat(page.locator("#adjust-sets")).isVisible();
        page.locator("#adjust-sets input").fill("11");
        page.locator("#adjust-save").click();
        assertThat(page.locator("#adjust-sets")).containsText("Sets from 1 to 10.");
        waitForVaadin();
        phoneScreenshots("plan-adjust-dialog");
        page.locator("#adjust-sets input").fill("2");
        page.locator("#adjust-save").click();
        assertThat(page.locator("#plan-changes")).containsText("2 sets");
        waitForVaadin();
        phoneScreenshots("plan-editor-adjusted");

        // every day of the week: what the week came to, rest days included, is spelled out
        page.locator("#plan-sessions input").fill("7");
        page.locator("#plan-save-week").click();
        assertThat(page.locator("#plan-week-as-planned")).containsText("As planned: ");
        assertThat(page.locator("#plan-sessions input")).hasValue("7");
        waitForVaadin();
        phoneScreenshots("plan-week-of-seven");

        page.navigate(url("trainer/clients/999999/plan"));
        assertThat(page.getByText("Page not found")).isVisible();

        // the client sees the change as set by their trainer
        browserContext.clearCookies();
        signInOnAPhone(CLIENT, PASSWORD);
        page.navigate(url("programme"));
        assertThat(page.locator(".kl-education")).containsText("rest days");
        // the dosed exercise is on some days only: open the first session that has it
        Locator tabs = page.locator("#programme-sessions vaadin-tab");
        Locator setByTrainer = page.getByText("Dose set by your trainer").locator("visible=true");
        for (int i = 0; i < tabs.count() && setByTrainer.count() == 0; i++) {
            tabs.nth(i).click();
            waitForVaadin();
        }
        assertThat(setByTrainer.first()).isVisible();
        phoneScreenshots("programme-set-by-trainer");
    }
}
