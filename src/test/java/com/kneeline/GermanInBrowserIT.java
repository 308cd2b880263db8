package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A browser that asks for German (de-DE) gets the assessment and the programme in German, UI and content alike, on a
 * phone without sideways scrolling; the person can switch to English on My account, whatever the browser says.
 */
class GermanInBrowserIT extends BrowserTest {

    private static final String EMAIL = "browser.german@example.com";
    private static final String PASSWORD = "deutsch im browser";

    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ContentService content;

    @Override
    protected String browserLocale() {
        return "de-DE";
    }

    @Test
    void aGermanBrowserSeesTheAssessmentAndTheProgrammeInGerman() {
        accounts.register(new RegistrationForm(EMAIL, "Jana", PASSWORD, Role.INDIVIDUAL));
        page.setViewportSize(390, 844);
        signIn(EMAIL, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();

        page.navigate(url("assessment"));
        waitForVaadin();
        assertThat(page.locator("#wizard-step-title")).hasText("Sicherheit zuerst");
        assertThat(page.locator("#wizard-progress")).containsText("Schritt 1 von 6");
        assertThat(page.locator("#wizard-next")).hasText("Speichern und weiter");
        assertThat(page.getByText("Haben Sie ein Knacken oder Schnalzen im Knie gespürt").first()).isVisible();
        assertThat(page.getByText("Schmerz im Moment").first()).isVisible();
        // The menu is in the closed drawer on a phone: its words are there all the same.
        assertThat(page.locator("vaadin-side-nav-item[path='programme']")).containsText("Mein Programm");
        assertNoSidewaysScroll("the German safety step on a phone");
        screenshotsAtBothWidths("german-assessment");

        AboutYou about = new AboutYou(AboutYou.Knees.LEFT, "Laufen", AboutYou.Goal.RUN, Set.of("band"), 30, 3, null);
        long assessment = asPerson(EMAIL, "INDIVIDUAL", () -> Assessments.complete(assessments,
                AssessmentProfiles.leftPronationAndLimitedDorsiflexion(), about));
        ProgrammeDetails programme = asPerson(EMAIL, "INDIVIDUAL", () -> programmes.createFromAssessment(assessment));
        String firstExercise = programme.programme().sessions().getFirst().exercises().getFirst().exerciseId();
        String germanName = content.exercise(firstExercise, Locale.GERMAN).orElseThrow().name();
        String englishName = content.exercise(firstExercise).orElseThrow().name();

        page.navigate(url("programme"));
        waitForVaadin();
        assertThat(page.locator("#programme-title")).hasText("Ihr Programm");
        assertThat(page.locator("#programme-phase")).containsText(Pattern.compile("Phase \\d von \\d"));
        // A German long date, e.g. "29. November 2026".
        assertThat(page.locator(".kl-fine-print").first()).containsText(Pattern.compile("erstellt am \\d{1,2}\\. \\S+ \\d{4}"));
        assertThat(page.locator(".kl-planned-exercise").first()).containsText(germanName);
        assertThat(page.locator(".kl-planned-exercise").first()).not().containsText(englishName + " ");
        assertThat(page.getByText("Warum diese Übung").first()).isVisible();
        assertThat(page.getByText("Sicher bleiben")).isVisible();
        assertNoSidewaysScroll("the German programme on a phone");
        screenshotsAtBothWidths("german-programme");

        page.navigate(url("library/" + firstExercise));
        waitForVaadin();
        assertThat(page.locator("#exercise-name")).hasText(germanName);
        assertThat(page.getByText("Hinweise zur Ausführung")).isVisible();
        assertNoSidewaysScroll("a German exercise page on a phone");
        screenshotsAtBothWidths("german-exercise");

        page.navigate(url(""));
        waitForVaadin();
        assertThat(page.locator("#home-greeting")).hasText("Willkommen, Jana");
        assertNoSidewaysScroll("the German home page on a phone");
        screenshotsAtBothWidths("german-home");

        page.navigate(url("account"));
        waitForVaadin();
        page.locator("#language-select").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("English")).click();
        // The page reloads in the chosen language.
        assertThat(page.locator("#language-choice h2")).hasText("Language");
        page.navigate(url("programme"));
        waitForVaadin();
        assertThat(page.locator("#programme-title")).hasText("Your programme");
        assertThat(page.locator(".kl-planned-exercise").first()).containsText(englishName);
    }
}
