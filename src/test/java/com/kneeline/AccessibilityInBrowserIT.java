package com.kneeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.WizardStep;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.Tracker;
import com.kneeline.tracking.Training;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core over every page a person or trainer walks through, at desktop (1280 px) and phone (390 px) width: no
 * serious or critical violation anywhere. All pages are checked before the test fails, so one run lists them all.
 */
class AccessibilityInBrowserIT extends BrowserTest {

    private static final String PASSWORD = "accessible to everyone";
    private static final String PERSON = "a11y.person@example.com";
    private static final String TRAINER = "a11y.trainer@example.com";
    private static final String CLIENT = "a11y.client@example.com";

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

    private final Map<String, List<Accessibility.Violation>> found = new LinkedHashMap<>();

    @Test
    void everyPageHasNoSeriousOrCriticalViolationAtBothWidths() {
        page.navigate(url("login"));
        check("login");
        page.navigate(url("register"));
        check("register");

        accounts.register(new RegistrationForm(PERSON, "Alex Accessible", PASSWORD, Role.INDIVIDUAL));
        signIn(PERSON, PASSWORD);
        page.waitForURL(url(""));
        check("home");

        // Each assessment step as the person meets it; the answers are saved through the service in between.
        Answers profile = AssessmentProfiles.bilateralHipWeaknessTrendelenburg();
        long assessment = asPerson(PERSON, "INDIVIDUAL", () -> assessments.startOrResume().id());
        for (WizardStep step : WizardStep.values()) {
            page.navigate(url("assessment"));
            check("assessment step " + step);
            asPerson(PERSON, "INDIVIDUAL", () -> {
                Map<AnswerKey, String> answers = new HashMap<>();
                assessments.keysOf(step).forEach(key -> answers.put(key, profile.raw(key).orElse(null)));
                assessments.saveStep(assessment, step, answers, Assessments.ABOUT, true);
            });
        }
        page.navigate(url("assessments/" + assessment));
        check("findings");

        asPerson(PERSON, "INDIVIDUAL", () -> programmes.createFromAssessment(assessment));
        page.navigate(url("programme"));
        check("programme");
        page.navigate(url("today"));
        check("today");
        asPerson(PERSON, "INDIVIDUAL", () -> tracker.todays().nextSession(tracker.me())
                .ifPresent(session -> Training.logAtTarget(tracker, session, 1)));
        page.navigate(url("history"));
        check("history");
        page.navigate(url("progress/measures"));
        check("progress");
        page.navigate(url("take-away"));
        check("take it with you");

        // The trainer's roster and plan editor, with one client who has a programme.
        accounts.register(new RegistrationForm(TRAINER, "Terry Trainer", PASSWORD, Role.TRAINER));
        long client = accounts.register(new RegistrationForm(CLIENT, "Cara Client", PASSWORD, Role.INDIVIDUAL)).id();
        String code = asPerson(TRAINER, "TRAINER", () -> links.createInvite().code());
        asPerson(CLIENT, "INDIVIDUAL", () -> {
            links.accept(code);
            programmes.createFromAssessment(Assessments.complete(assessments, profile,
                    new AboutYou(AboutYou.Knees.LEFT, "netball", AboutYou.Goal.SPORT, Set.of(), 30, 3, null)));
        });
        browserContext.clearCookies();
        signIn(TRAINER, PASSWORD);
        page.waitForURL(url(""));
        page.navigate(url("trainer/clients"));
        check("roster");
        page.navigate(url("trainer/clients/" + client + "/plan"));
        check("plan editor");

        List<String> report = new ArrayList<>();
        found.forEach((where, violations) -> violations.forEach(v -> report.add(where + ": " + v)));
        assertThat(report).as("serious or critical axe-core violations").isEmpty();
    }

    private void check(String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            waitForVaadin();
            // two animation frames: the layout has settled after the resize (drawer, grid columns)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            List<Accessibility.Violation> violations = Accessibility.seriousOrCritical(page);
            if (!violations.isEmpty()) {
                found.put(name + " at " + width + " px", violations);
            }
        }
    }
}
