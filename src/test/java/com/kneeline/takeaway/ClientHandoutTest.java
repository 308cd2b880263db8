package com.kneeline.takeaway;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import com.kneeline.CoachingTest;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.ui.ProgrammeHandout;
import com.kneeline.trainer.ui.ClientDetailView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A trainer prints a client's programme from the client's page. */
class ClientHandoutTest extends CoachingTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeHandout handout;
    @Autowired
    ContentService content;

    @Test
    void theClientPageOffersTheClientsHandoutWithTheirNameAndExercises() throws IOException {
        long trainer = register("Tess", Role.TRAINER);
        long client = register("Carl", Role.INDIVIDUAL);
        coach(trainer, client);
        signIn(client);
        programmes.createFromAssessment(assessment(AssessmentProfiles.motorControlOnly(), Set.of(), 30, 3).id());

        signIn(trainer);
        UI.getCurrent().navigate("trainer/clients/" + client);
        assertThat(currentView()).isInstanceOf(ClientDetailView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("handout-a4")).getText()).contains("PDF");

        ProgrammeDetails theirs = programmes.current(client).orElseThrow();
        byte[] pdf = handout.pdf(theirs, "Carl", ProgrammeHandout.Paper.A4, Locale.UK, ZoneOffset.UTC);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("For Carl");
            theirs.programme().sessions().forEach(session -> session.exercises().forEach(planned ->
                    assertThat(text).contains(content.exercise(planned.exerciseId()).orElseThrow().name()
                            .replaceAll("\\s+", " "))));
        }
    }
}
