package com.kneeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import com.kneeline.tracking.engine.ExerciseLog;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An H2 database made before PostgreSQL support (V1 to V8 from the one old migration folder, JSON kept as CLOB text)
 * opens with today's per-vendor folders: Flyway accepts the already applied scripts (their checksums are unchanged)
 * and V12_1 turns every stored JSON text into the same JSON value, never into a quoted string.
 */
class H2JsonMigrationTest {

    private static final List<String> OLD_SCRIPTS = List.of("migration/V1__accounts.sql",
            "migration/V2__assessments.sql", "vendor/h2/V3__programmes.sql", "vendor/h2/V4__tracking.sql",
            "migration/V5__reassessment.sql", "migration/V6__trainer_links.sql",
            "vendor/h2/V7__trainer_adjustments_and_templates.sql", "migration/V8__interval_set_by.sql");
    private static final String BODY = "{\"kind\":\"FULL\",\"sessions\":[{\"number\":1,\"dayOfWeek\":1,\"warmUp\":[]}]}";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void jsonStoredAsTextBeforeV12IsTheSameJsonAfterIt(@TempDir Path oldLayout) throws Exception {
        for (String script : OLD_SCRIPTS) {
            try (InputStream in = getClass().getResourceAsStream("/db/" + script)) {
                Files.copy(in, oldLayout.resolve(Path.of(script).getFileName()));
            }
        }
        String url = "jdbc:h2:mem:json-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + oldLayout).load().migrate();
        List<ExerciseLog> logs = List.of(ExerciseLog.skipped("glute-bridge", null, "knee sore \"today\""));
        String logsText = json.writeValueAsString(logs);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            oldInstall(c, logsText);
        }

        MigrateResult result = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").target("12.2").load().migrate();

        // V1 to V8 are accepted as applied (same checksums): only the later ones run
        assertThat(result.migrations).extracting(m -> m.version).contains("12.1", "12.2")
                .noneMatch(v -> v.matches("[1-8]"));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(c.getMetaData().getColumns(null, null, "TRAINING_SESSION", "EXERCISES"))
                    .satisfies(rs -> {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString("TYPE_NAME")).isEqualTo("JSON");
                    });
            JsonNode body = json.readTree(single(c, "SELECT body FROM programme"));
            assertThat(body.isObject()).isTrue();
            assertThat(body).isEqualTo(json.readTree(BODY));
            assertThat(json.readValue(single(c, "SELECT exercises FROM training_session"),
                    new TypeReference<List<ExerciseLog>>() { })).isEqualTo(logs);
            assertThat(json.readTree(single(c, "SELECT decisions FROM training_session")).get(0).asString())
                    .isEqualTo("Next time: one more rep.");
        }
    }

    /** The rows an older KneeLine wrote: a person, an assessment, a programme and one logged session. */
    private static void oldInstall(Connection c, String logsText) throws SQLException {
        c.createStatement().execute("INSERT INTO account (id, email, display_name, password_hash, created_at) "
                + "VALUES (1, 'old@example.com', 'Old', '{noop}x', CURRENT_TIMESTAMP)");
        c.createStatement().execute("INSERT INTO assessment (id, owner_id, status, current_step, started_at, updated_at,"
                + " content_version) VALUES (1, 1, 'COMPLETED', 'DONE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '1')");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO programme (id, owner_id, assessment_id,"
                + " version_number, kind, created_at, content_version, body) VALUES (1, 1, 1, 1, 'FULL',"
                + " CURRENT_TIMESTAMP, '1', ?)")) {
            p.setString(1, BODY);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO training_session (owner_id, programme_id,"
                + " session_number, session_date, logged_at, exercises, prescribed, decisions) VALUES (1, 1, 1,"
                + " CURRENT_DATE, CURRENT_TIMESTAMP, ?, '[]', ?)")) {
            p.setString(1, logsText);
            p.setString(2, "[\"Next time: one more rep.\"]");
            p.executeUpdate();
        }
    }

    private static String single(Connection c, String sql) throws SQLException, IOException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
