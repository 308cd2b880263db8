package com.kneeline.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.kneeline.TestClock;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.WizardStep;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@Import(TestClock.class)
class AssessmentServiceTest {

    static final Instant MONDAY = TestClock.MONDAY;

    @Autowired
    AssessmentService assessments;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock.Movable clock;

    private static int people;

    @BeforeEach
    void resetClockAndSignIn() {
        clock.set(MONDAY);
        signIn();
    }

    void signIn() {
        String email = "service" + (++people) + "@example.com";
        accounts.register(new RegistrationForm(email, "Sam", "a long enough pass", Role.INDIVIDUAL));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_INDIVIDUAL")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static final AboutYou ABOUT = new AboutYou(AboutYou.Knees.LEFT, "running", AboutYou.Goal.RUN,
            java.util.Set.of("band"), 25, 3, null);

    private AssessmentDetails complete(Answers profile) {
        AssessmentDetails draft = assessments.startOrResume();
        for (WizardStep step : WizardStep.values()) {
            Map<AnswerKey, String> answers = new HashMap<>();
            assessments.keysOf(step).forEach(key -> answers.put(key, profile.raw(key).orElse(null)));
            StepOutcome outcome = assessments.saveStep(draft.id(), step, answers, ABOUT, true);
            assertThat(outcome.errors()).as(step.name()).isEmpty();
            clock.plus(Duration.ofMinutes(3));
        }
        return assessments.get(draft.id());
    }

    @Test
    void aFinishedAssessmentIsDatedAndCannotBeChangedAfterwards() {
        AssessmentDetails done = complete(AssessmentProfiles.motorControlOnly());

        assertThat(done.status()).isEqualTo(AssessmentStatus.COMPLETED);
        assertThat(done.startedAt()).isEqualTo(MONDAY);
        assertThat(done.finishedAt()).isEqualTo(MONDAY.plus(Duration.ofMinutes(15)));
        assertThat(done.aboutYou()).isEqualTo(ABOUT);
        assertThatThrownBy(() -> assessments.saveStep(done.id(), WizardStep.ANKLE, Map.of(), null, true))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> assessments.abandon(done.id())).isInstanceOf(IllegalStateException.class);
        assertThat(assessments.get(done.id()).findings()).extracting(RecordedFinding::findingId)
                .containsOnly("poor-motor-control");
    }

    @Test
    void aNewAssessmentAfterAFinishedOneStartsFreshAndTheHistoryKeepsBoth() {
        AssessmentDetails first = complete(AssessmentProfiles.noFindings());
        AssessmentDetails second = assessments.startOrResume();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.currentStep()).isEqualTo(WizardStep.SAFETY);
        assertThat(second.answers().asMap()).isEmpty();
        assertThat(assessments.history(Pageable.ofSize(10)).getContent()).extracting(AssessmentSummary::id)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(assessments.latestCompleted()).get().extracting(AssessmentSummary::id).isEqualTo(first.id());
    }

    @Test
    void anInvalidValueIsReportedWhileTheValidAnswersOfTheSameStepAreKept() {
        AssessmentDetails draft = assessments.startOrResume();
        Map<AnswerKey, String> answers = new HashMap<>();
        assessments.keysOf(WizardStep.SAFETY).forEach(key -> answers.put(key,
                AssessmentProfiles.noFindings().raw(key).orElse(null)));
        answers.put(AnswerKey.of("pain-at-rest"), "11");

        StepOutcome outcome = assessments.saveStep(draft.id(), WizardStep.SAFETY, answers, null, true);

        assertThat(outcome.errors()).containsOnlyKeys("pain-at-rest");
        assertThat(outcome.assessment().currentStep()).isEqualTo(WizardStep.SAFETY);
        assertThat(outcome.assessment().answers().raw("pain-during-activity")).hasValue("2");
        assertThat(outcome.assessment().answers().raw("pain-at-rest")).isEmpty();
    }

    @Test
    void sayingTheKneeToWallWasMeasuredMakesTheDistanceRequiredButCouldNotReachDoesNot() {
        AssessmentDetails draft = assessments.startOrResume();
        Map<AnswerKey, String> ankle = new HashMap<>();
        assessments.keysOf(WizardStep.ANKLE).forEach(key -> ankle.put(key,
                AssessmentProfiles.noFindings().raw(key).orElse(null)));
        ankle.put(AnswerKey.of("knee-to-wall-cm", com.kneeline.assessment.engine.Side.LEFT), null);
        ankle.put(AnswerKey.of("knee-to-wall-result", com.kneeline.assessment.engine.Side.RIGHT), "could-not-reach");
        ankle.put(AnswerKey.of("knee-to-wall-cm", com.kneeline.assessment.engine.Side.RIGHT), null);

        StepOutcome outcome = assessments.saveStep(draft.id(), WizardStep.ANKLE, ankle, null, true);

        assertThat(outcome.errors()).containsOnlyKeys("knee-to-wall-cm@left");
    }

    @Test
    void aDecimalCommaIsReadAsADecimalPoint() {
        AssessmentDetails draft = assessments.startOrResume();
        Map<AnswerKey, String> answers = new HashMap<>();
        answers.put(AnswerKey.of("knee-to-wall-cm", com.kneeline.assessment.engine.Side.LEFT), "7,5");

        StepOutcome outcome = assessments.saveStep(draft.id(), WizardStep.ANKLE, answers, null, false);

        assertThat(outcome.assessment().answers().raw("knee-to-wall-cm", com.kneeline.assessment.engine.Side.LEFT))
                .hasValue("7.5");
    }

    @Test
    void anotherPersonsAssessmentIdIsNotFoundForEveryOperation() {
        long mine = assessments.startOrResume().id();
        signIn();

        assertThatThrownBy(() -> assessments.get(mine)).isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.abandon(mine)).isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.saveStep(mine, WizardStep.SAFETY, Map.of(), null, false))
                .isInstanceOf(AssessmentNotFoundException.class);
    }
}
