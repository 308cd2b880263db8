package com.kneeline.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.kneeline.BrowserTest;
import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a newcomer would walk it in Chromium: the trainer's roster and a flagged client, a plan assigned from
 * a template to the fresh client, then the mid-programme client's history and progress. Screenshots of each.
 */
@ActiveProfiles("demo")
class DemoInBrowserIT extends BrowserTest {

    private static final DemoPeople CAST = DemoPeople.load();

    private void signIn(String email) {
        signIn(email, CAST.password());
        assertThat(page.locator("#home-greeting")).isVisible();
        waitForVaadin();
    }

    private DemoPeople.Person person(DemoPeople.Story story) {
        return CAST.people().stream().filter(p -> p.story() == story && p.withTrainer()).findFirst().orElseThrow();
    }

    @Test
    void theTrainerSeesTheRosterDealsWithAFlagAndAssignsAPlanFromATemplate() {
        page.setViewportSize(390, 844);
        signIn(CAST.trainer().email());
        page.navigate(url("trainer/clients"));
        waitForVaadin();
        Locator grid = page.locator("#roster-grid");
        CAST.people().stream().filter(DemoPeople.Person::withTrainer)
                .forEach(p -> assertThat(grid).containsText(p.name()));
        assertNoSidewaysScroll("roster");
        screenshotsAtBothWidths("demo-roster");

        // the client with the open flag: acknowledge it with a note
        DemoPeople.Person flagged = person(DemoPeople.Story.PAIN_SPIKE);
        page.getByText(flagged.name()).first().click();
        assertThat(page.locator("#client-name")).hasText(flagged.name());
        waitForVaadin();
        screenshotsAtBothWidths("demo-client-flagged");
        page.locator("textarea[id^=client-flag-note-], [id^=client-flag-note-] textarea").first()
                .fill("Referred to physio on 12 May");
        page.locator("vaadin-button[id^=client-acknowledge-]").first().click();
        assertThat(page.locator("#client-flags")).containsText("Referred to physio on 12 May");

        // the fresh client: a plan from the demo template
        DemoPeople.Person fresh = person(DemoPeople.Story.FRESH);
        page.navigate(url("trainer/clients"));
        waitForVaadin();
        page.getByText(fresh.name()).first().click();
        assertThat(page.locator("#client-name")).hasText(fresh.name());
        page.locator("#client-plan-link").click();
        assertThat(page.locator("#plan-title")).containsText(fresh.name());
        page.locator("#plan-template input").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#plan-generate-template").click();
        assertThat(page.locator(".kl-planned-exercise").first()).isVisible();
        waitForVaadin();
        assertNoSidewaysScroll("plan");
        screenshotsAtBothWidths("demo-plan-from-template");
    }

    @Test
    void theMidProgrammeClientSeesWeeksOfHistoryWithChartsAndTheirProgress() {
        page.setViewportSize(390, 844);
        signIn(person(DemoPeople.Story.STEADY).email());
        screenshotsAtBothWidths("demo-client-home");
        page.navigate(url("history"));
        waitForVaadin();
        assertThat(page.locator("#pain-chart kl-chart[data-rendered=true]")).hasCount(1);
        assertThat(page.locator("#exercise-chart kl-chart[data-rendered=true]")).hasCount(1);
        assertNoSidewaysScroll("history");
        screenshotsAtBothWidths("demo-history");
        page.navigate(url("progress/measures"));
        waitForVaadin();
        assertThat(page.locator("kl-chart[data-rendered=true]").first()).isVisible();
        screenshotsAtBothWidths("demo-progress");
        page.navigate(url("today"));
        waitForVaadin();
        screenshotsAtBothWidths("demo-today");
    }
}
