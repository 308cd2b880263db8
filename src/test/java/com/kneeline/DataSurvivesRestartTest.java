package com.kneeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The default H2 file database keeps accounts across a restart: what a person registers is still there. */
class DataSurvivesRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments outrank the tests' in-memory database setting, as they would in production.
        return new SpringApplicationBuilder(Application.class)
                .run("--kneeline.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/kneeline",
                        "--server.port=0");
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
