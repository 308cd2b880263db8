package com.kneeline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.kneeline.TestClock;
import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.engine.AssessmentProfiles;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.privacy.PersonalDataSchema.Column;
import com.kneeline.privacy.PersonalDataSchema.ForeignKey;
import com.kneeline.privacy.PersonalDataSchema.Table;
import com.kneeline.tracking.Assessments;
import com.kneeline.tracking.Training;
import com.kneeline.trainer.TrainerNoteService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Export and erasure reach every table that refers to a person, read from the live schema (JDBC metadata), never
 * from a list kept by hand. Real data is made through the services (an assessment, a programme, a week of logged
 * sessions, a trainer's link, note and look at the data); then, for every foreign key the real data left empty, a
 * row is made from the column types alone, so a table another feature adds later is covered the day it appears.
 */
@SpringBootTest
@Import(TestClock.class)
class PersonalDataCompletenessTest {

    @Autowired AccountService accounts;
    @Autowired TrainerLinkService links;
    @Autowired TrainerNoteService notes;
    @Autowired AssessmentService assessments;
    @Autowired ProgrammeService programmes;
    @Autowired
    com.kneeline.tracking.Tracker tracker;
    @Autowired TestClock.Movable clock;
    @Autowired PersonalDataService personalData;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    /** Only the erased person's name, email and the notes about them contain this. */
    private final String marker = "Quarkfish" + UUID.randomUUID().toString().substring(0, 6);
    private final String elsewhere = "Tern" + UUID.randomUUID().toString().substring(0, 6);

    /**
     * A Vaadin session left current on this thread by an earlier UI test would make Vaadin's security-context
     * strategy read the (empty) context from it instead of the one set here.
     */
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityStrategy;

    @org.junit.jupiter.api.BeforeEach
    void noVaadinSessionOnThisThread() {
        com.vaadin.flow.internal.CurrentInstance.clearAll();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void exportHoldsEveryRowAboutThePersonAndErasureLeavesNoRowThatRefersToThem() {
        long person = seedPersonWithTrainer();
        long other = register("other-" + elsewhere + "@example.com", "Olive Other", Role.INDIVIDUAL);
        PersonalDataSchema schema = PersonalDataSchema.read(dataSource);
        fillEveryReferenceTheServicesLeftEmpty(schema, person, other);

        Map<String, List<Map<String, Object>>> about = rowsAbout(schema, person);
        List<ForeignKey> toPerson = schema.referencesTo(PersonalDataSchema.PERSON_TABLE);
        assertThat(toPerson).as("foreign keys to account in the live schema").hasSizeGreaterThan(10);
        // Every column that can name a person names this one somewhere: nothing below passes by being empty.
        for (ForeignKey fk : toPerson) {
            assertThat(countWhere(fk.child(), fk.column(), person))
                    .as(fk.child() + "." + fk.column() + " has a row about the person").isPositive();
        }

        ObjectNode export = personalData.export(person);
        assertThat(export.path("format").asString()).isEqualTo(PersonalDataService.FORMAT);
        about.forEach((table, rows) -> {
            assertThat(export.path("tables").has(table)).as("export has table " + table).isTrue();
            assertThat(export.path("tables").path(table).size()).as("rows of " + table + " in the export")
                    .isEqualTo(rows.size());
        });
        Set<String> mentioned = new java.util.HashSet<>();
        export.path("mentionedIn").forEach(m -> mentioned.add(m.path("table").asString() + "." + m.path("column").asString()));
        for (ForeignKey fk : toPerson) {
            if (fk.nullable()) {
                assertThat(mentioned).as("mention in " + fk.child() + "." + fk.column()).contains(fk.child() + "." + fk.column());
            }
        }
        for (JsonNode account : export.path("tables").path("account")) {
            assertThat(account.has("password_hash")).as("password hash left out").isFalse();
        }
        int otherRowsBefore = rowsAbout(schema, other).values().stream().mapToInt(List::size).sum();

        personalData.erase(person);

        for (ForeignKey fk : schema.foreignKeys()) {
            if (fk.parent().equals(PersonalDataSchema.PERSON_TABLE)) {
                assertThat(countWhere(fk.child(), fk.column(), person)).as(fk.child() + "." + fk.column()).isZero();
            }
        }
        about.forEach((table, rows) -> {
            String key = schema.tables().get(table).singleKey();
            if (key != null) {
                for (Map<String, Object> row : rows) {
                    assertThat(countWhere(table, key, row.get(key))).as(table + " row " + row.get(key)).isZero();
                }
            }
        });
        assertNoTextAnywhereContains(schema, marker);
        assertThat(rowsAbout(schema, other).values().stream().mapToInt(List::size).sum())
                .as("another person's rows are untouched").isEqualTo(otherRowsBefore);
    }

    @Test
    void erasingATrainerKeepsTheirClientsDataAndClearsTheirNameFromIt() {
        long client = seedPersonWithTrainer();
        long trainer = jdbc.queryForObject("SELECT trainer_id FROM trainer_link WHERE client_id = ?", Long.class, client);
        int clientSessions = countWhere("training_session", "owner_id", client);

        personalData.erase(trainer);

        assertThat(countWhere("account", "id", client)).isEqualTo(1);
        assertThat(countWhere("training_session", "owner_id", client)).isEqualTo(clientSessions).isPositive();
        assertThat(countWhere("trainer_note", "client_id", client)).as("the trainer's notes went with them").isZero();
        assertThat(jdbc.queryForList("SELECT viewer_name FROM access_log WHERE person_id = ?", String.class, client))
                .as("the client still sees that someone looked, not who").isNotEmpty().containsOnlyNulls();
    }

    private long seedPersonWithTrainer() {
        String email = "person-" + marker.toLowerCase() + "@example.com";
        long person = register(email, "Zelda " + marker, Role.INDIVIDUAL);
        String trainerEmail = "trainer-" + elsewhere.toLowerCase() + "@example.com";
        register(trainerEmail, "Trainer " + elsewhere, Role.TRAINER);
        String code = as(trainerEmail, "TRAINER", () -> links.createInvite().code());
        as(email, "INDIVIDUAL", () -> {
            links.accept(code);
            long assessment = Assessments.complete(assessments, AssessmentProfiles.leftPronationAndLimitedDorsiflexion());
            programmes.createFromAssessment(assessment);
            Training.followThePlan(tracker, clock, 7, 2);
            return null;
        });
        as(trainerEmail, "TRAINER", () -> {
            notes.add(person, "Private note about " + marker);
            return tracker.trainingHistory().history(person, PageRequest.of(0, 10));
        });
        return person;
    }

    private long register(String email, String name, Role role) {
        return accounts.register(new RegistrationForm(email, name, "a long passphrase 42", role)).id();
    }

    /**
     * Runs {@code work} signed in. Each Spring context that Vaadin security starts installs its own holder strategy
     * (with its own thread-local), and the static holder follows the newest one; this class's cached context may be
     * older, so sign in through the strategy its own method security reads.
     */
    private <T> T as(String email, String role, Supplier<T> work) {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(email, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
        securityStrategy.getContext().setAuthentication(signedIn);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            return work.get();
        } finally {
            securityStrategy.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    /** Rows about the person as the schema defines them: reached from the account through required references. */
    private Map<String, List<Map<String, Object>>> rowsAbout(PersonalDataSchema schema, long person) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        Map<String, Set<String>> seenKeys = new HashMap<>();
        rows.put("account", jdbc.queryForList("SELECT * FROM account WHERE id = ?", person));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ForeignKey fk : schema.foreignKeys()) {
                if (fk.nullable() || !rows.containsKey(fk.parent())) {
                    continue;
                }
                List<Object> parents = rows.get(fk.parent()).stream().map(r -> r.get(fk.parentColumn())).toList();
                List<Map<String, Object>> found = new ArrayList<>();
                for (Object parent : parents) {
                    found.addAll(jdbc.queryForList("SELECT * FROM " + fk.child() + " WHERE " + fk.column() + " = ?", parent));
                }
                List<Map<String, Object>> known = rows.computeIfAbsent(fk.child(), t -> new ArrayList<>());
                Set<String> seen = seenKeys.computeIfAbsent(fk.child(), t -> new HashSet<>());
                for (Map<String, Object> row : found) {
                    if (seen.add(rowKey(row))) {
                        known.add(row);
                        grew = true;
                    }
                }
            }
        }
        rows.values().removeIf(List::isEmpty);
        return rows;
    }

    /**
     * A row's identity by value. JSON columns come back as byte arrays, which a map's equals compares by reference,
     * so comparing rows directly would never find a row already seen (and the walk above would never end).
     */
    private static String rowKey(Map<String, Object> row) {
        StringBuilder key = new StringBuilder();
        row.forEach((column, value) -> key.append(column).append('=').append(value instanceof byte[] bytes
                ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value)).append('\u0001'));
        return key.toString();
    }

    /**
     * For each foreign key whose parent holds the person's rows but whose child has none pointing at them, one row
     * made from the column types: required references point at the person's rows, and for an optional one (a
     * mention) the row otherwise belongs to another person.
     */
    private void fillEveryReferenceTheServicesLeftEmpty(PersonalDataSchema schema, long person, long other) {
        boolean added = true;
        for (int pass = 0; added && pass < 10; pass++) {
            added = false;
            Map<String, List<Map<String, Object>>> about = rowsAbout(schema, person);
            for (ForeignKey fk : schema.foreignKeys()) {
                if (!about.containsKey(fk.parent())) {
                    continue;
                }
                List<Object> targets = about.get(fk.parent()).stream().map(r -> r.get(fk.parentColumn())).toList();
                boolean present = targets.stream().anyMatch(t -> countWhere(fk.child(), fk.column(), t) > 0);
                if (!present) {
                    Map<String, List<Map<String, Object>>> owner = fk.nullable() ? rowsAbout(schema, other) : about;
                    insertRow(schema, fk, targets.getFirst(), owner);
                    added = true;
                }
            }
        }
    }

    private void insertRow(PersonalDataSchema schema, ForeignKey wanted, Object target,
                           Map<String, List<Map<String, Object>>> owner) {
        Table table = schema.tables().get(wanted.child());
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : table.columns().values()) {
            ForeignKey fk = schema.foreignKeys().stream().filter(k -> k.child().equals(table.name())
                    && k.column().equals(column.name())).findFirst().orElse(null);
            if (column.name().equals(wanted.column())) {
                values.put(column.name(), target);
            } else if (fk != null) {
                List<Map<String, Object>> parents = owner.get(fk.parent());
                if (parents != null) {
                    values.put(column.name(), parents.getFirst().get(fk.parentColumn()));
                } else if (!column.nullable()) {
                    values.put(column.name(), jdbc.queryForList("SELECT " + fk.parentColumn() + " FROM " + fk.parent(),
                            Object.class).getFirst());
                }
            } else if (!column.nullable() && !column.filledByDatabase()) {
                values.put(column.name(), sample(column));
            }
        }
        jdbc.update("INSERT INTO " + table.name() + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                + values.keySet().stream().map(k -> "?").collect(Collectors.joining(", ")) + ")", values.values().toArray());
    }

    private static Object sample(Column column) {
        return switch (column.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> 1;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> 1.0;
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.DATE -> Date.valueOf("2026-03-02");
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.from(Instant.parse("2026-03-02T09:00:00Z"));
            case Types.CLOB, Types.OTHER, Types.LONGVARCHAR -> "{}";
            default -> "x".repeat(Math.max(1, Math.min(1, column.size())));
        };
    }

    private int countWhere(String table, String column, Object value) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Integer.class, value);
    }

    private void assertNoTextAnywhereContains(PersonalDataSchema schema, String text) {
        for (Table table : schema.tables().values()) {
            for (Column column : table.columns().values()) {
                if (column.type() == Types.VARCHAR || column.type() == Types.CLOB || column.type() == Types.LONGVARCHAR) {
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table.name() + " WHERE LOWER(CAST("
                            + column.name() + " AS VARCHAR(100000))) LIKE ?", Integer.class,
                            "%" + text.toLowerCase() + "%"))
                            .as(table.name() + "." + column.name() + " still holds the person's name or email").isZero();
                }
            }
        }
    }
}
