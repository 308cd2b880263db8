package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.kneeline.account.Role;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.tracking.Assessments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A check-in due on the home screen, and the comparison of measures with its charts, in Chromium at both widths. */
@Import(TestClock.class)
class ReassessmentInBrowserIT extends BrowserTest {

    private static final String EMAIL = "browser.reassess@example.com";
    private static final String PASSWORD = "reassess in the browser";

    @Autowired
    TestClock.Movable clock;
    @Autowired
    ContentService content;

    /** A baseline and a check-in two weeks later, made through the service (the wizard has its own tests). */
    private void baselineAndCheckIn() {
        asPerson(EMAIL, "INDIVIDUAL", () -> {
            Answers profile = AssessmentProfiles.leftPronationAndLimitedDorsiflexion();
            clock.set(TestClock.MONDAY);
            Assessments.complete(assessments, profile);
            clock.plusDays(14);
            Answers checkIn = Assessments.with(Assessments.with(Assessments.with(profile, "knee-to-wall-cm", Side.LEFT,
                    "7"), "knee-to-wall-cm", Side.RIGHT, "11"), "hip-abduction-hold-seconds", Side.LEFT, "40");
            Assessments.complete(assessments, checkIn);
        });
    }

    @Test
    void homeShowsTheCheckInIsDueAndTheComparisonShowsChartsOnAPhoneAndADesktop() {
        register(EMAIL, "Rita", PASSWORD, Role.INDIVIDUAL);
        baselineAndCheckIn();
        int weeks = content.catalogue().referral().reassessment().defaultIntervalWeeks();
        clock.set(LocalDate.of(2026, 3, 16).plusWeeks(weeks).atTime(9, 0).toInstant(ZoneOffset.UTC));

        signInOnAPhone(EMAIL, PASSWORD);
        assertThat(page.locator("#reassessment-state")).hasText("Your check-in is due now.");
        assertThat(page.locator("#reassessment-start")).isVisible();
        waitForVaadin();
        assertNoSidewaysScroll("home with a check-in due");
        screenshotsAtBothWidths("reassessment-home-due");

        page.locator("#reassessment-progress").click();
        assertThat(page.locator("#progress-title")).isVisible();
        assertThat(page.locator("#change-knee-to-wall-left")).containsText("no real change");
        assertThat(page.locator("#change-knee-to-wall-right")).containsText("improved by");
        assertThat(page.locator("#chart-knee-to-wall-left kl-chart[data-rendered=true]")).hasCount(1);
        waitForVaadin();
        assertNoSidewaysScroll("progress");
        screenshotsAtBothWidths("reassessment-progress");

        // the check-in's findings page leads back to the comparison
        page.navigate(url(""));
        page.locator("#home-greeting").waitFor();
        page.locator("vaadin-button:has-text('See the findings')").click();
        assertThat(page.locator("#compare-with-before")).isVisible();
        waitForVaadin();
        screenshotsAtBothWidths("reassessment-findings-compare");
        page.locator("#compare-with-before").click();
        assertThat(page.locator("#progress-title")).isVisible();
    }
}
