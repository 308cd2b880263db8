package com.kneeline.operations;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test's Spring context on PostgreSQL instead of H2 when the {@code postgres-tests} Maven profile asks for it
 * ({@code kneeline.test.postgres=true}, set by that profile only, so a plain {@code ./mvnw verify} stays on H2).
 * <p>
 * The server comes from {@code KNEELINE_TEST_DB_URL}, {@code KNEELINE_TEST_DB_USER} and
 * {@code KNEELINE_TEST_DB_PASSWORD} (what {@code .ci/postgres start} prints). Each context gets a schema of its own,
 * created by Flyway, just as each gets its own in-memory H2 database otherwise, so tests never see each other's rows.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

    public static final String SWITCH = "kneeline.test.postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(SWITCH, Boolean.class, false)) {
            return;
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> settings = new HashMap<>(settings());
        settings.put("spring.datasource.url", settings.get("spring.datasource.url") + "?currentSchema=" + schema);
        settings.put("spring.flyway.schemas", schema);
        environment.getPropertySources().addFirst(new MapPropertySource("postgres-test-database", settings));
    }

    /** The test server's URL (without a schema), user and password; fails with what to run when they are missing. */
    public static Map<String, Object> settings() {
        String url = System.getenv("KNEELINE_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("The postgres tests need a PostgreSQL server: run "
                    + "eval \"$(.ci/postgres start)\" first (it sets KNEELINE_TEST_DB_URL, _USER and _PASSWORD)");
        }
        return Map.of("spring.datasource.url", url,
                "spring.datasource.username", System.getenv().getOrDefault("KNEELINE_TEST_DB_USER", "kneeline"),
                "spring.datasource.password", System.getenv().getOrDefault("KNEELINE_TEST_DB_PASSWORD", ""));
    }
}
