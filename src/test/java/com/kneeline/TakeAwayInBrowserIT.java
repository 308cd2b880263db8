package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Taking the programme away in Chromium: the PDF from My programme, the calendar address, and dark mode. */
class TakeAwayInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "take it with you";

    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ContentService content;

    @Test
    void aPersonDownloadsTheirProgrammeAsPdfAndSubscribesToThenTurnsOffTheirCalendar() throws Exception {
        String email = "takeaway.person@example.com";
        accounts.register(new RegistrationForm(email, "Toni Takeaway", PASSWORD, Role.INDIVIDUAL));
        ProgrammeDetails programme = asPerson(email, "INDIVIDUAL", () -> programmes.createFromAssessment(
                Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg())));
        signIn(email, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();

        page.navigate(url("programme"));
        assertThat(page.locator("#handout-a4")).isVisible();
        Download download = page.waitForDownload(() -> page.locator("#handout-a4").click());
        Path pdf = Path.of("target", "screenshots", "programme-handout.pdf");
        Files.createDirectories(pdf.getParent());
        download.saveAs(pdf);
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Toni Takeaway");
            programme.programme().sessions().forEach(session -> session.exercises().forEach(planned ->
                    assertThat(text).contains(content.exercise(planned.exerciseId()).orElseThrow().name())));
        }

        page.locator("#calendar-link").click();
        assertThat(page.locator("#take-away-title")).isVisible();
        assertThat(page.locator("#calendar-inactive")).isVisible();
        page.locator("#calendar-make").click();
        assertThat(page.locator("#calendar-address input")).hasValue(java.util.regex.Pattern.compile(".*/calendar/.+\\.ics"));
        String address = page.locator("#calendar-address input").inputValue();
        waitForVaadin();
        screenshotsAtBothWidths("take-away-calendar");

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> feed = anonymous.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");

        page.locator("#calendar-revoke").click();
        assertThat(page.locator("#calendar-inactive")).isVisible();
        assertThat(anonymous.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(page.locator("#take-away-my-data")).hasAttribute("href", "account");
    }

    @Test
    void theAppFollowsADarkSystemSettingAndTheSwitchOverridesItForThisDevice() {
        String email = "takeaway.dark@example.com";
        accounts.register(new RegistrationForm(email, "Dana Dark", PASSWORD, Role.INDIVIDUAL));
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        signIn(email, PASSWORD);
        assertThat(page.locator("#home-greeting")).isVisible();
        waitForVaadin();
        assertThat(backgroundLightness()).as("dark page background").isLessThan(0.35);
        screenshotsAtBothWidths("dark-home");
        page.setViewportSize(1280, 800);
        waitForVaadin();
        page.locator("#color-scheme").click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("Light")).click();
        waitForVaadin();
        assertThat(backgroundLightness()).as("light chosen over the dark setting").isGreaterThan(0.8);
        page.reload();
        assertThat(page.locator("#home-greeting")).isVisible();
        waitForVaadin();
        page.waitForFunction("() => getComputedStyle(document.documentElement).colorScheme.startsWith('light')");
        assertThat(backgroundLightness()).as("the choice is kept on this device").isGreaterThan(0.8);
    }

    /** The page background's lightness, 0 (black) to 1 (white), from Lumo's base colour as the browser computes it. */
    private double backgroundLightness() {
        String rgb = (String) page.evaluate("() => { const probe = document.createElement('div');"
                + " probe.style.background = 'var(--lumo-base-color)'; document.body.append(probe);"
                + " const c = getComputedStyle(probe).backgroundColor; probe.remove(); return c; }");
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double r = Double.parseDouble(parts[0]);
        double g = Double.parseDouble(parts[1]);
        double b = Double.parseDouble(parts[2]);
        return (Math.max(r, Math.max(g, b)) + Math.min(r, Math.min(g, b))) / 2 / 255;
    }
}
