package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.WizardStep;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.Tracker;
import com.kneeline.tracking.Training;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rough edges a new user hit (issue 17), each shown fixed in Chromium. */
class RoughEdgesInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "rough edges smoothed";

    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    Tracker tracker;
    @Autowired
    TrainerLinkService links;

    @Test
    void aFailedLoginKeepsTheEmailAndPutsTheCursorInThePassword() {
        String email = "rough.login@example.com";
        accounts.register(new RegistrationForm(email, "Lou", PASSWORD, Role.INDIVIDUAL));
        signIn(email, "not the password");
        page.waitForURL(url("login?error"));
        waitForVaadin();
        assertThat(page.locator("input[name=username]")).hasValue(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#home-greeting")).isVisible();

        browserContext.clearCookies(); // signed out: a plain visit to the login page starts empty
        page.navigate(url("login"));
        waitForVaadin();
        assertThat(page.locator("input[name=username]")).hasValue("");
    }

    @Test
    void aWrongAnswerIsMarkedBesideTheButtonsAndTheFirstFieldToCorrectIsInView() {
        String email = "rough.wizard@example.com";
        accounts.register(new RegistrationForm(email, "Wes", PASSWORD, Role.INDIVIDUAL));
        Answers profile = AssessmentProfiles.noFindings();
        asPerson(email, "INDIVIDUAL", () -> {
            long id = assessments.startOrResume().id();
            Map<AnswerKey, String> answers = new HashMap<>();
            assessments.keysOf(WizardStep.SAFETY).forEach(key -> answers.put(key, profile.raw(key).orElse(null)));
            assessments.saveStep(id, WizardStep.SAFETY, answers, Assessments.ABOUT, true);
        });
        page.setViewportSize(390, 844);
        signIn(email, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();
        page.navigate(url("assessment"));
        assertThat(page.locator("#wizard-progress")).containsText("Step 2 of 6");
        waitForVaadin();
        // "About you" left empty: its required answers are marked
        page.locator("#wizard-next").click();
        assertThat(page.locator("#wizard-attention")).isVisible();
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        assertThat(page.locator(".kl-step-body [invalid]").first()).isInViewport();
        screenshotsAtBothWidths("rough-wizard-attention");
    }

    @Test
    void onAPhoneTheProgrammesSessionTabsShowInFullAndTheExercisesComeSoon() {
        String email = "rough.programme@example.com";
        accounts.register(new RegistrationForm(email, "Pat", PASSWORD, Role.INDIVIDUAL));
        asPerson(email, "INDIVIDUAL", () -> programmes.createFromAssessment(
                Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg())));
        page.setViewportSize(390, 844);
        signIn(email, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();
        page.navigate(url("programme"));
        assertThat(page.locator("#programme-sessions")).isVisible();
        waitForVaadin();
        Locator tabs = page.locator("#programme-sessions vaadin-tab");
        assertThat(tabs.count()).isGreaterThanOrEqualTo(3);
        for (int i = 0; i < tabs.count(); i++) {
            BoundingBox box = tabs.nth(i).boundingBox();
            assertThat(box.x).as("tab " + (i + 1) + " starts on screen").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("tab " + (i + 1) + " ends on screen").isLessThanOrEqualTo(390);
        }
        double firstExercise = ((Number) page.evaluate("() => document.querySelector('.kl-planned-exercise')"
                + ".getBoundingClientRect().top - document.querySelector('#programme-title').getBoundingClientRect().top"))
                .doubleValue();
        System.out.println("First exercise card, px below the programme's title on a 390 x 844 phone: " + firstExercise);
        assertThat(firstExercise).as("the first exercise within two phone screens of the title").isLessThan(2 * 844);
        assertNoSidewaysScroll("programme on a phone");

        // Today explains RPE where effort is asked; History does not contradict a session logged today.
        page.navigate(url("today"));
        assertThat(page.locator("#rpe-explained")).containsText("RPE");
        // the next session, done today (early if today is not its day), as a keen new user does
        asPerson(email, "INDIVIDUAL", () -> Training.logAtTarget(tracker, tracker.todays().nextSession(tracker.me()).orElseThrow(), 1));
        page.navigate(url("history"));
        assertThat(page.locator("#history-grid")).isVisible();
        assertThat(page.locator("#history-adherence")).isVisible();
        assertThat(page.locator("#history-adherence")).not().containsText("No planned session has been due yet");
        screenshotsAtBothWidths("rough-history");
    }

    @Test
    void aLongDisplayNameStaysOnAPhoneScreen() {
        String email = "rough.name@example.com";
        accounts.register(new RegistrationForm(email, "Maximilianaalexandrinafeatherstonehaugh Montgomery-Cholmondeley",
                PASSWORD, Role.INDIVIDUAL));
        page.setViewportSize(390, 844);
        signIn(email, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();
        assertNoSidewaysScroll("home with a long name");
        BoundingBox greeting = page.locator("#home-greeting").boundingBox();
        assertThat(greeting.x + greeting.width).isLessThanOrEqualTo(390);
        page.navigate(url("account"));
        waitForVaadin();
        assertNoSidewaysScroll("my account with a long name");
        screenshotsAtBothWidths("rough-long-name");
    }

    @Test
    void theRosterSwitchesToItsPhoneLayoutWhenTheWindowIsResized() {
        String trainer = "rough.trainer@example.com";
        String client = "rough.client@example.com";
        accounts.register(new RegistrationForm(trainer, "Tia", PASSWORD, Role.TRAINER));
        accounts.register(new RegistrationForm(client, "Cy", PASSWORD, Role.INDIVIDUAL));
        String code = asPerson(trainer, "TRAINER", () -> links.createInvite().code());
        asPerson(client, "INDIVIDUAL", () -> links.accept(code));
        signIn(trainer, PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("trainer/clients"));
        Locator nextSessionHeader = page.locator("#roster-grid vaadin-grid-cell-content")
                .getByText("Next session", new Locator.GetByTextOptions().setExact(true));
        assertThat(nextSessionHeader).isVisible();

        page.setViewportSize(390, 844);
        assertThat(nextSessionHeader).isHidden();
        assertNoSidewaysScroll("roster after shrinking the window");
        page.setViewportSize(1280, 800);
        assertThat(nextSessionHeader).isVisible();
    }
}
