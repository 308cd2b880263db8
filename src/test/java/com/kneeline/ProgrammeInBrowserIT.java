package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.engine.AssessmentProfiles;

import org.junit.jupiter.api.Test;

/** The programme in Chromium: created from the findings page, read on a phone and a laptop, one exercise swapped. */
class ProgrammeInBrowserIT extends BrowserTest {

    private static final String EMAIL = "browser.programme@example.com";
    private static final String PASSWORD = "programme in the browser";

    @Test
    void aPersonCreatesTheirProgrammeFromTheFindingsAndSwapsAnExercise() {
        register(EMAIL, "Rae", PASSWORD, Role.INDIVIDUAL);
        // The assessment itself is walked in AssessmentInBrowserIT; here it is completed through the service.
        long assessment = assessed(EMAIL, AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), new AboutYou(
                AboutYou.Knees.LEFT, "running", AboutYou.Goal.RUN, Set.of("band"), 30, 3, null));
        signInOnAPhone(EMAIL, PASSWORD);

        page.navigate(url("assessments/" + assessment));
        waitForVaadin();
        page.locator("#create-programme").click();
        // This profile does not cave and has little pain, so the content may start it past phase 1.
        assertThat(page.locator("#programme-phase")).containsText(java.util.regex.Pattern.compile("Phase \\d of \\d"));
        assertThat(page.locator(".kl-planned-exercise").first()).isVisible();
        waitForVaadin();
        phoneScreenshots("programme");

        String firstSwap = page.locator("[id^=swap-]").first().getAttribute("id");
        page.locator("#" + firstSwap).click();
        assertThat(page.locator("[id^=swap-to-]").first()).isVisible();
        phoneScreenshots("programme-swap");
        page.locator("[id^=swap-to-]").first().click();
        assertThat(page.getByText("Swapped by you").first()).isVisible();
        waitForVaadin();
        phoneScreenshots("programme-swapped");
    }
}
