package com.kneeline.takeaway;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.kneeline.KaribuTest;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.prescription.ui.ProgrammeHandout;
import com.kneeline.prescription.ui.ProgrammeHandout.Paper;
import com.kneeline.prescription.ui.ExerciseCard;
import com.kneeline.prescription.ui.ProgrammeView;
import com.kneeline.tracking.Assessments;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The printable programme: read back from the PDF as text, it holds what the programme page shows. */
class ProgrammeHandoutTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeHandout handout;
    @Autowired
    ContentService content;

    private static int people;
    private ProgrammeDetails programme;

    @BeforeEach
    void personWithAProgramme() {
        String email = "handout" + (++people) + "@example.com";
        accounts.register(new RegistrationForm(email, "Hana Handout", "a long enough pass", Role.INDIVIDUAL));
        login(email, "INDIVIDUAL");
        long assessment = Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
        programme = programmes.createFromAssessment(assessment);
    }

    @Test
    void theHandoutHoldsEverySessionsExercisesWithTheirDoseCuesAndTheVersion() throws IOException {
        byte[] pdf = handout.pdf(programme, "Hana Handout", Paper.A4, Locale.UK, ZoneOffset.UTC);
        String text = text(pdf);

        assertThat(text).contains("Your KneeLine programme", "Hana Handout", "Version " + programme.versionNumber());
        assertThat(programme.programme().sessions()).isNotEmpty();
        for (SessionPlan session : programme.programme().sessions()) {
            assertThat(text).contains("Session " + session.number());
            for (PlannedExercise planned : session.exercises()) {
                Exercise exercise = content.exercise(planned.exerciseId()).orElseThrow();
                assertThat(text).as("exercise name").contains(flat(exercise.name()));
                assertThat(text).as("dose of " + exercise.name()).contains(flat(ExerciseCard.dose(planned, exercise)));
                assertThat(text).as("first cue of " + exercise.name()).contains(flat(exercise.cues().getFirst()));
            }
        }
        programme.programme().safetyNotes().forEach(note -> assertThat(text).contains(flat(note)));
        String phaseGoal = programme.programme().phases().stream()
                .filter(p -> p.id().equals(programme.programme().phaseId())).findFirst().orElseThrow().goal();
        assertThat(text).contains(flat(phaseGoal));
        Files.createDirectories(Path.of("target", "handout"));
        Files.write(Path.of("target", "handout", "programme-a4.pdf"), pdf);
    }

    @Test
    void theHandoutIsOnA4OrOnLetterAsChosenAndLetterIsTheUsualPaperInTheUs() throws IOException {
        assertThat(pageSize(handout.pdf(programme, "Hana", Paper.A4, Locale.UK, ZoneOffset.UTC)))
                .isEqualTo(List.of(Math.round(PDRectangle.A4.getWidth()), Math.round(PDRectangle.A4.getHeight())));
        byte[] letter = handout.pdf(programme, "Hana", Paper.LETTER, Locale.US, ZoneOffset.UTC);
        assertThat(pageSize(letter))
                .isEqualTo(List.of(Math.round(PDRectangle.LETTER.getWidth()), Math.round(PDRectangle.LETTER.getHeight())));
        Files.createDirectories(Path.of("target", "handout"));
        Files.write(Path.of("target", "handout", "programme-letter.pdf"), letter);
        assertThat(Paper.forLocale(Locale.US)).isEqualTo(Paper.LETTER);
        assertThat(Paper.forLocale(Locale.GERMANY)).isEqualTo(Paper.A4);
        assertThat(Paper.forLocale(Locale.ENGLISH)).isEqualTo(Paper.A4);
    }

    @Test
    void myProgrammeOffersTheHandoutTheCalendarAndMyData() {
        UI.getCurrent().navigate(ProgrammeView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("handout-a4")).getText()).contains("PDF");
        assertThat(_get(Anchor.class, spec -> spec.withId("handout-letter")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("calendar-link")).getHref()).isEqualTo("take-away");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("my-data-link")).getHref())
                .isEqualTo("account");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    private static List<Integer> pageSize(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            return List.of(Math.round(box.getWidth()), Math.round(box.getHeight()));
        }
    }

    /** Line breaks in the PDF fall anywhere; compare with all white space as single spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
