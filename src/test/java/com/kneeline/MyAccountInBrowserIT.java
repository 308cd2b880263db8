package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;

import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.privacy.PersonalDataService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.Training;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data rights in a real browser: My account lists who else opened their data, the JSON download holds
 * their account and health data, the CSV holds their logged sets, and deleting the account (with the password)
 * signs them out for good: logging in again fails. Also: a trainer whose role is removed sees "Your access changed"
 * on their next click.
 */
class MyAccountInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "my knees my data";

    @Autowired
    com.kneeline.tracking.Tracker tracker;

    /** Set-up runs as a person on this thread; a Vaadin session left current here would hide that person. */
    @org.junit.jupiter.api.BeforeEach
    void noVaadinSessionOnThisThread() {
        com.vaadin.flow.internal.CurrentInstance.clearAll();
    }

    @Test
    void downloadMyDataThenDeleteTheAccountAndLoggingInAgainFails() throws Exception {
        String email = "mine-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long me = accounts.register(new RegistrationForm(email, "Mina Mydata", PASSWORD, Role.INDIVIDUAL)).id();
        String trainer = "coach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        accounts.register(new RegistrationForm(trainer, "Coach Kit", PASSWORD, Role.TRAINER));
        String code = asPerson(trainer, "TRAINER", () -> links.createInvite().code());
        asPerson(email, "INDIVIDUAL", () -> {
            links.accept(code);
            programmes.createFromAssessment(Assessments.complete(assessments,
                    AssessmentProfiles.leftPronationAndLimitedDorsiflexion()));
            tracker.todays().nextSession(tracker.me()).ifPresent(session -> Training.logAtTarget(tracker, session, 2));
        });
        asPerson(trainer, "TRAINER", () -> tracker.trainingHistory().history(me, PageRequest.of(0, 5)));

        signIn(email, PASSWORD);
        page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
        page.navigate(url("account"));
        waitForVaadin();
        assertThat(page.getByText("Who saw my data")).isVisible();
        assertThat(page.locator("#access-log")).containsText("Coach Kit");
        assertThat(page.locator("#consent")).containsText("You agreed");
        screenshotsAtBothWidths("my-account");
        page.setViewportSize(1280, 800);

        Download json = page.waitForDownload(() -> page.locator("#download-json").click());
        JsonNode data = JsonMapper.builder().build().readTree(Files.readString(json.path(), StandardCharsets.UTF_8));
        assertThat(data.path("format").asString()).isEqualTo(PersonalDataService.FORMAT);
        assertThat(data.path("tables").path("account").get(0).path("email").asString()).isEqualTo(email);
        assertThat(data.path("tables").path("account").get(0).has("password_hash")).isFalse();
        assertThat(data.path("tables").path("assessment").size()).isEqualTo(1);
        assertThat(data.path("tables").path("assessment_answer").size()).isPositive();
        assertThat(data.path("tables").path("programme").size()).isEqualTo(1);
        assertThat(data.path("tables").path("trainer_link").size()).isEqualTo(1);
        assertThat(data.path("tables").path("access_log").size()).isEqualTo(1);

        Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
        String sets = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(sets).startsWith("date,session,exercise,side,set,reps_or_seconds");
        int loggedSets = data.path("tables").path("training_session").size();
        if (loggedSets > 0) {
            assertThat(sets.lines().count()).as("a line per set").isGreaterThan(1);
        }

        page.locator("vaadin-password-field").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Your password")).locator("input").fill(PASSWORD);
        page.locator("#delete-account").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete everything")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(accounts.findByEmail(email)).isEmpty();

        signIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Incorrect email or password")).isVisible();
    }

    @Test
    void aTrainerWhoseRoleIsRemovedSeesThatTheirAccessChangedOnTheNextClick() {
        String email = "former-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long id = accounts.register(new RegistrationForm(email, "Former Coach", PASSWORD, Role.TRAINER)).id();
        signIn(email, PASSWORD);
        page.waitForURL(Pattern.compile(".*/(\\?.*)?$"));
        page.navigate(url("trainer/clients"));
        waitForVaadin();
        var invite = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite a client"));
        assertThat(invite).isVisible();

        asPerson("admin@example.com", "ADMIN", () -> accounts.setTrainer(id, false));
        invite.click();

        page.waitForURL(Pattern.compile(".*/access-changed$"));
        assertThat(page.getByText("Your access changed")).isVisible();
        assertThat(invite).hasCount(0);
        screenshotsAtBothWidths("access-changed");
    }

    @Test
    void thePrivacyNoticeIsReadableBeforeSigningUp() {
        page.navigate(url("register"));
        waitForVaadin();
        assertThat(page.locator("#health-consent")).containsText("health data");
        page.navigate(url("privacy"));
        waitForVaadin();
        assertThat(page.getByText("Who sees it")).isVisible();
        screenshotsAtBothWidths("privacy");
    }
}
