package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.WizardStep;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole self-assessment in Chromium, clicking and typing as a person would, with a screenshot of every step at
 * phone and desktop width; no step may need sideways scrolling on a phone.
 */
class AssessmentInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "squat on one leg";

    @Autowired
    ContentService content;

    private String email;

    private void signUpAndLogIn(String who) {
        email = who + "@example.com";
        register(email, "Ash", PASSWORD, Role.INDIVIDUAL);
        signInOnAPhone(email, PASSWORD);
    }

    @Test
    void aKneeThatGivesWayStopsTheAssessmentAtTheSafetyScreenWithAReferral() {
        signUpAndLogIn("browser.redflag");
        Answers profile = AssessmentProfiles.redFlagStop();
        page.locator("#home-assessment-action").click();
        waitForVaadin();
        for (AnswerKey key : keysOf(WizardStep.SAFETY)) {
            answer(key, profile.raw(key).orElse(null));
        }
        page.locator("#wizard-next").click();

        assertThat(page.locator("#referral")).containsText("Please see a professional before you exercise");
        assertThat(page.locator("#assessment-status")).hasText("Stopped: see a professional");
        screenshots("referral");
    }

    @Test
    void onAPhoneAStopHoldsTheProgrammeUntilANewAssessmentRecordsWhoClearedThePerson() {
        signUpAndLogIn("browser.sticky");
        page.locator("#home-assessment-action").click();
        waitForVaadin();
        Answers stop = AssessmentProfiles.redFlagStop();
        for (AnswerKey key : keysOf(WizardStep.SAFETY)) {
            answer(key, stop.raw(key).orElse(null));
        }
        page.locator("#wizard-next").click();
        assertThat(page.locator("#referral")).containsText("Please see a professional before you exercise");

        // Home holds the programme with the reason, and a new assessment asks for the clearance first
        page.navigate(url(""));
        assertThat(page.locator("#safety-hold")).containsText("On hold");
        assertThat(page.locator("#safety-hold-reasons")).containsText("give way");
        screenshots("hold-home");
        page.locator("#safety-hold-new-assessment").click();
        assertThat(page.locator("#clearance-card")).containsText("needed a professional's check first");
        screenshots("clearance-question");
        page.locator("#clearance-given").getByText("No, not yet").click();
        Answers fine = AssessmentProfiles.noFindings();
        for (AnswerKey key : keysOf(WizardStep.SAFETY)) {
            answer(key, fine.raw(key).orElse(null));
        }
        page.locator("#wizard-next").click();
        assertThat(page.locator("#referral-awaiting-clearance")).containsText("this one stops too");
        screenshots("stopped-again");

        // with who and when it goes on to "about you"
        page.navigate(url("programme"));
        assertThat(page.locator("#safety-hold")).containsText("stopped again");
        page.locator("#safety-hold-new-assessment").click();
        page.locator("#clearance-given").getByText("Yes, a professional has cleared me").click();
        page.locator("#clearance-by input").fill("Dr Patel, GP");
        for (AnswerKey key : keysOf(WizardStep.SAFETY)) {
            answer(key, fine.raw(key).orElse(null));
        }
        // the day last, as a person on a phone picks it: the calendar's Today button
        page.locator("#clearance-on input").click();
        page.getByText("Today", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#clearance-on input")).not().hasValue("");
        assertThat(page.locator("vaadin-date-picker-overlay")).isHidden();
        screenshots("clearance-given");
        page.locator("#wizard-next").click();
        assertThat(page.locator("#wizard-progress")).containsText("Step 2 of 6");
    }

    @Test
    void aPersonWalksTheWholeAssessmentOnAPhoneAndSeesTheirFindings() {
        signUpAndLogIn("browser.assess");
        Answers profile = AssessmentProfiles.leftPronationAndLimitedDorsiflexion();

        page.locator("#home-assessment-action").click();
        for (WizardStep step : WizardStep.values()) {
            assertThat(page.locator("#wizard-progress")).containsText("Step " + (step.ordinal() + 1) + " of 6");
            waitForVaadin();
            for (AnswerKey key : keysOf(step)) {
                answer(key, profile.raw(key).orElse(null));
            }
            if (step == WizardStep.ABOUT) {
                page.locator("#about-knees").getByText("Both knees").click();
                page.locator("#about-goal").getByText("Run without my knees caving in").click();
                page.locator("#about-equipment").getByText("Resistance band").first().click();
            }
            screenshots("step-" + (step.ordinal() + 1) + "-" + step.name().toLowerCase());
            page.locator("#wizard-next").click();
        }

        assertThat(page).hasURL(Pattern.compile(".*/assessments/\\d+$"));
        assertThat(page.locator("#assessment-status")).hasText("Completed");
        // strongest first; the stiff ankle on both legs is one card, the left-only pronation its own
        assertThat(page.locator(".kl-finding-card").first()).containsText("Both sides");
        assertThat(page.locator(".kl-finding-card").nth(1)).containsText("Left side");
        assertThat(page.getByText("3 cm less than the right", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByText("Your left knee-to-wall distance was 6 cm", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshots("findings");
    }

    /** The answer keys of a step, asked of the service as the signed-in person would see them. */
    private List<AnswerKey> keysOf(WizardStep step) {
        return asPerson(email, "INDIVIDUAL", () -> assessments.keysOf(step));
    }

    private void answer(AnswerKey key, String raw) {
        WizardFields.answer(page, content.catalogue(), key, raw);
    }

    private void screenshots(String name) {
        Object truncated = page.evaluate("() => [...document.querySelectorAll('vaadin-radio-group, vaadin-text-field, "
                + "vaadin-integer-field, vaadin-checkbox-group')]"
                + ".map(f => f.shadowRoot && f.shadowRoot.querySelector('[part=label]'))"
                + ".filter(l => l && l.offsetParent && l.scrollWidth > l.clientWidth + 1).length");
        assertThat(((Number) truncated).intValue()).as(name + ": questions cut off on a phone").isZero();
        assertNoSidewaysScroll(name + " on a phone");
        screenshotsAtBothWidths("assessment-" + name);
    }
}
