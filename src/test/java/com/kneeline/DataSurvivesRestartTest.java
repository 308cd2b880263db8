package com.kneeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.content.model.WizardStep;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The default H2 file database keeps what people did across a restart: accounts, and half-done assessments. */
class DataSurvivesRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments outrank the tests' in-memory database setting, as they would in production.
        return new SpringApplicationBuilder(Application.class)
                .run("--kneeline.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/kneeline",
                        "--server.port=0");
    }

    private static void signIn(String email) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_INDIVIDUAL")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDraftAssessmentResumesAtTheSameStepWithItsAnswersAfterARestart(@TempDir Path dataDir) {
        long draftId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            first.getBean(AccountService.class).register(
                    new RegistrationForm("draft.keeper@example.com", "Dee", "keep my answers", Role.INDIVIDUAL));
            signIn("draft.keeper@example.com");
            AssessmentService assessments = first.getBean(AssessmentService.class);
            draftId = assessments.startOrResume().id();
            Map<AnswerKey, String> safety = new HashMap<>();
            assessments.keysOf(WizardStep.SAFETY).forEach(key -> safety.put(key,
                    AssessmentProfiles.noFindings().raw(key).orElse(null)));
            assertThat(assessments.saveStep(draftId, WizardStep.SAFETY, safety, null, true).ok()).isTrue();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            signIn("draft.keeper@example.com");
            AssessmentDetails resumed = second.getBean(AssessmentService.class).startOrResume();
            assertThat(resumed.id()).isEqualTo(draftId);
            assertThat(resumed.currentStep()).isEqualTo(WizardStep.ABOUT);
            assertThat(resumed.answers().raw("pain-during-activity")).hasValue("2");
        }
    }

    @Test
    void anAccountRegisteredBeforeARestartCanStillSignInAfterIt(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            first.getBean(AccountService.class).register(
                    new RegistrationForm("still.here@example.com", "Stil", "remember me please", Role.INDIVIDUAL));
        }
        assertThat(Files.exists(dataDir.resolve("kneeline.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            var user = second.getBean(UserDetailsService.class).loadUserByUsername("still.here@example.com");
            assertThat(second.getBean(PasswordEncoder.class).matches("remember me please", user.getPassword())).isTrue();
        }
    }
}
