package com.kneeline.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kneeline.TestClock;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.VideoMeasure;
import com.kneeline.content.model.WizardStep;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Recording how an answer was measured from the video: the average becomes the answer, and typing over it drops it. */
@SpringBootTest
@Import(TestClock.class)
class VideoMeasurementServiceTest {

    private static final AnswerKey FPPA_LEFT = AnswerKey.of("sls-fppa-degrees", Side.LEFT);
    private static final AnswerKey DROP_LEFT = AnswerKey.of("sls-pelvic-drop-degrees", Side.LEFT);

    @Autowired
    AssessmentService assessments;
    @Autowired
    VideoMeasurementService videos;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock.Movable clock;

    private static int people;

    @BeforeEach
    void signIn() {
        clock.set(TestClock.MONDAY);
        signInAs("video" + (++people) + "@example.com");
    }

    private static void signInAs(String email) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_INDIVIDUAL")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long draft() {
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register(new RegistrationForm(email, "Vic", "a long enough pass", Role.INDIVIDUAL));
        return assessments.startOrResume().id();
    }

    private void saveSquatStep(long id, Map<AnswerKey, String> extra) {
        Map<AnswerKey, String> answers = new HashMap<>();
        assessments.keysOf(WizardStep.SINGLE_LEG_SQUAT)
                .forEach(key -> answers.put(key, AssessmentProfiles.noFindings().raw(key).orElse(null)));
        answers.putAll(extra);
        assessments.saveStep(id, WizardStep.SINGLE_LEG_SQUAT, answers, null, false);
    }

    @Test
    void theAverageOfTheSquatsBecomesTheAnswerAndIsListedWithItsTrialsAndMethod() {
        long id = draft();

        String value = videos.record(id, FPPA_LEFT, VideoMeasurement.Method.MANUAL, List.of(23.8, 21.5, 27.3));
        videos.record(id, DROP_LEFT, VideoMeasurement.Method.MANUAL, List.of(5.7, 5.7, 5.7));
        saveSquatStep(id, Map.of(FPPA_LEFT, value, DROP_LEFT, "5.7"));

        assertThat(value).isEqualTo("24.2");
        assertThat(assessments.get(id).answers().raw(FPPA_LEFT)).contains("24.2");
        List<MeasuredAnswer> measured = videos.measured(id);
        assertThat(measured).extracting(MeasuredAnswer::kind).containsExactly(VideoMeasure.FPPA, VideoMeasure.PELVIC_DROP);
        assertThat(measured.getFirst().trials()).containsExactly(23.8, 21.5, 27.3);
        assertThat(measured.getFirst().spread()).isCloseTo(5.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(measured.getFirst().method()).isEqualTo(VideoMeasurement.Method.MANUAL);
    }

    @Test
    void aMeasuredAnswerTypedOverByHandIsNoLongerShownAsMeasured() {
        long id = draft();
        String value = videos.record(id, FPPA_LEFT, VideoMeasurement.Method.AUTOMATIC, List.of(12.0, 14.0));
        saveSquatStep(id, Map.of(FPPA_LEFT, value));
        assertThat(videos.measured(id)).hasSize(1);

        saveSquatStep(id, Map.of(FPPA_LEFT, "9"));

        assertThat(videos.measured(id)).isEmpty();
        assertThat(assessments.get(id).answers().raw(FPPA_LEFT)).contains("9");
    }

    @Test
    void aSquatOutsideTheAnswersRangeIsRefusedWithAMessageAndNothingIsRecorded() {
        long id = draft();

        assertThatThrownBy(() -> videos.record(id, FPPA_LEFT, VideoMeasurement.Method.MANUAL, List.of(20.0, 64.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A squat measured 64.0 degrees, outside what this answer takes (-30.0 to 60.0)");
        assertThatThrownBy(() -> videos.record(id, FPPA_LEFT, VideoMeasurement.Method.MANUAL, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(videos.measured(id)).isEmpty();
    }

    @Test
    void onlyAnswersTheContentMarksAsMeasuredFromVideoCanBeRecorded() {
        long id = draft();

        assertThatThrownBy(() -> videos.record(id, AnswerKey.of("knee-to-wall-cm", Side.LEFT),
                VideoMeasurement.Method.MANUAL, List.of(10.0))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> videos.record(id, AnswerKey.of("sls-fppa-degrees"),
                VideoMeasurement.Method.MANUAL, List.of(10.0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void someoneElsesAssessmentIsNotFound() {
        long id = draft();
        signInAs("video.other" + (++people) + "@example.com");
        draft();

        assertThatThrownBy(() -> videos.record(id, FPPA_LEFT, VideoMeasurement.Method.MANUAL, List.of(10.0)))
                .isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> videos.measured(id)).isInstanceOf(AssessmentNotFoundException.class);
    }
}
