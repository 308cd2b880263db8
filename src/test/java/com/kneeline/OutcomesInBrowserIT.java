package com.kneeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.Prom;
import com.kneeline.outcomes.OutcomesService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.Training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** At phone width: answer the questionnaires at a check-in, enter hop results and see the gate's verdict. */
@Import(TestClock.class)
class OutcomesInBrowserIT extends BrowserTest {

    private static final String EMAIL = "browser.outcomes@example.com";
    private static final String PASSWORD = "outcomes in the browser";

    @Autowired
    TestClock.Movable clock;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired
    OutcomesService outcomes;
    @Autowired
    com.kneeline.tracking.PhaseService phases;

    /** Baseline with questionnaires, four weeks of training, a check-in, and on into the strength phase. */
    private void fourWeeksInWithACheckIn() {
        asPerson(EMAIL, "INDIVIDUAL", () -> {
            clock.set(TestClock.MONDAY);
            long id = Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
            programmes.createFromAssessment(id);
            for (Prom p : outcomes.content().proms()) {
                Map<String, String> a = new LinkedHashMap<>();
                p.items().forEach(i -> a.put(i.id(), i.answers().get(2).id()));
                outcomes.answer(p.id(), a);
            }
            Training.followThePlan(tracker, clock, 28, 1);
            Assessments.complete(assessments, AssessmentProfiles.bilateralHipWeaknessTrendelenburg());
            phases.advance(); // control -> strength, which loads one leg
        });
    }

    private void answerAll(String promId, int answerIndex) {
        Prom p = outcomes.content().prom(promId).orElseThrow();
        for (var item : p.items()) {
            page.locator("#prom-" + promId + "-" + item.id() + " vaadin-radio-button").nth(answerIndex).click();
        }
    }

    private void hop(String testId, String left, String right) {
        page.locator("#test-" + testId + " vaadin-details-summary").click();
        page.locator("#test-" + testId + "-involved vaadin-radio-button").first().click();
        page.locator("#test-" + testId + "-left input").fill(left);
        page.locator("#test-" + testId + "-right input").fill(right);
        page.locator("#test-" + testId + "-save").click();
        waitForVaadin();
    }

    @Test
    void aPersonAnswersTheQuestionnairesAtACheckInEntersHopResultsAndSeesTheReturnToSportVerdict() {
        register(EMAIL, "Olive", PASSWORD, Role.INDIVIDUAL);
        fourWeeksInWithACheckIn();

        signInOnAPhone(EMAIL, PASSWORD);
        page.navigate(url("outcomes"));
        assertThat(page.locator("#outcomes-title")).isVisible();
        assertThat(page.locator("#questionnaires")).containsText("You have done a check-in: please answer them again.");
        waitForVaadin();
        assertNoSidewaysScroll("outcomes with questionnaires due");
        screenshotsAtBothWidths("outcomes-check-in");

        // a missing answer is marked next to its question and nothing is lost
        // answers given before another form is saved stay on screen
        answerAll("koos-sport", 1);
        page.locator("#global-rating-answer vaadin-radio-button").nth(5).click();
        page.locator("#global-rating-save").click();
        assertThat(page.locator("#global-rating")).containsText("Rating saved: better.");
        page.locator("#prom-save-koos-sport").click();
        assertThat(page.locator("#prom-koos-sport")).containsText("KOOS Sport/Rec saved: 75 out of 100.");
        page.locator("#prom-kujala-limp vaadin-radio-button").first().click();
        page.locator("#prom-save-kujala").click();
        assertThat(page.locator("#prom-kujala")).containsText("Please answer every question.");
        answerAll("kujala", 0);
        page.locator("#prom-save-kujala").click();
        assertThat(page.locator("#prom-kujala")).containsText("AKPS saved: 100 out of 100.");
        assertThat(page.locator("#prom-summary-kujala")).containsText("a real improvement");
        assertThat(page.locator("#prom-summary-koos-sport")).containsText("From 50 to 75 out of 100: a real improvement");

        // hop tests are open in the strength phase with low pain; one test below 90 % keeps return to sport closed
        assertThat(page.locator("#hop-gate")).containsText("Hop tests open");
        hop("single-hop", "135", "150");
        hop("triple-hop", "450", "500");
        hop("crossover-hop", "400", "500");
        hop("timed-hop", "2.5", "2.25");
        assertThat(page.locator("#verdict-rts")).containsText("Not yet");
        assertThat(page.locator("#verdict-rts")).containsText("Crossover hop for distance: symmetry 80 %, needs 90 % or more.");
        hop("crossover-hop", "460", "500");
        assertThat(page.locator("#verdict-rts")).containsText("Criteria met");
        assertThat(page.locator("#return-to-sport")).containsText("You have met the return-to-sport criteria");
        assertThat(page.locator("#chart-lsi-crossover-hop kl-chart[data-rendered=true]")).hasCount(1);
        waitForVaadin();
        assertNoSidewaysScroll("outcomes after hop tests");
        screenshotsAtBothWidths("outcomes-return-to-sport");
    }
}
