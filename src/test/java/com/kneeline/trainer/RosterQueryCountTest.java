package com.kneeline.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.kneeline.account.Role;
import com.kneeline.tracking.engine.Adherence;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster stays a handful of SQL statements per page with 500 linked clients and a year of logs each: seeded in
 * batches of SQL inserts (copies of one real client's programme and session), then paged as the grid pages it
 * (count, then the page) while a counting data source counts every statement prepared.
 */
class RosterQueryCountTest extends CoachingTest {

    /** count() and page() together: the signed-in account twice, the count, the page, programmes and sessions. */
    static final int MAX_STATEMENTS_PER_PAGE = 8;
    static final int CLIENTS = 500;

    @Autowired
    RosterService roster;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theRosterPagesFiveHundredClientsWithAYearOfLogsInAHandfulOfStatementsPerPage() {
        String trainer = register("roster.coach", "Rory Roster", Role.TRAINER);
        String template = register("roster.template", "Template Client", Role.INDIVIDUAL);
        link(trainer, template);
        assessedWithProgramme();
        logAll(2);
        long trainerId = idOf(trainer);
        long templateId = idOf(template);

        clock.set(MONDAY.plus(Duration.ofDays(365)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), com.kneeline.base.Dates.ZONE);
        long seedStart = System.nanoTime();
        Seeded seeded = seed(trainerId, templateId, today);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        loginTrainer(trainer);
        RosterService.Filter all = RosterService.Filter.none();

        Measured first = measure(() -> page(all, PageRequest.of(0, 25)));
        assertThat(first.count).isEqualTo(CLIENTS + 1);
        assertThat(first.rows).hasSize(25);
        assertThat(first.rows.getFirst().name()).isEqualTo("Client 000");

        Measured later = measure(() -> page(all, PageRequest.of(10, 25)));
        assertThat(later.rows).hasSize(25).first().satisfies(r -> assertThat(r.name()).isEqualTo("Client 250"));

        Measured sorted = measure(() -> page(all, PageRequest.of(0, 25,
                Sort.by(Sort.Order.desc(RosterService.SORT_DAYS_SINCE_LOG)))));
        // those who stopped logging ten days ago come first
        assertThat(sorted.rows).allSatisfy(r -> assertThat(r.daysSinceLastLog()).isGreaterThanOrEqualTo(10));

        Measured filtered = measure(() -> page(new RosterService.Filter("", Set.of(RosterService.Attention.OPEN_FLAGS)),
                PageRequest.of(0, 25)));
        assertThat(filtered.count).isEqualTo(seeded.withFlags);
        assertThat(filtered.rows).allSatisfy(r -> assertThat(r.openFlags()).isPositive());

        Measured overdue = measure(() -> page(new RosterService.Filter("client 0",
                Set.of(RosterService.Attention.REASSESSMENT_OVERDUE, RosterService.Attention.ADHERENCE_DROPPING)),
                PageRequest.of(0, 25, Sort.by(RosterService.SORT_REASSESSMENT))));
        assertThat(overdue.rows).isNotEmpty().allSatisfy(r -> assertThat(r.reassessmentOverdue()
                || r.last7Days().done() < r.last30Days().done() * 7 / 30).isTrue());

        // Adherence on the roster is the client's own figure, computed by the same rule over the full history.
        for (RosterService.Row row : first.rows.subList(1, 4)) {
            Adherence.Summary own = tracker.trainingHistory().adherence(row.clientId());
            assertThat(row.last7Days()).isEqualTo(own.last7Days());
            assertThat(row.last30Days()).isEqualTo(own.last30Days());
        }

        System.out.printf("Roster with %d clients, %d sessions seeded in %d ms. Statements per page (count + page):"
                        + " first %d (%d ms), page 11 %d (%d ms), sorted by last log %d (%d ms), open flags %d (%d ms),"
                        + " search + overdue/dropping %d (%d ms)%n", CLIENTS, seeded.sessions, seedMillis,
                first.statements, first.millis, later.statements, later.millis, sorted.statements, sorted.millis,
                filtered.statements, filtered.millis, overdue.statements, overdue.millis);
        for (Measured m : List.of(first, later, sorted, filtered, overdue)) {
            // The statement count is the structural guard; times are printed for docs/roster-on-postgresql.md, not
            // asserted, because a wall-clock bound fails on a busy machine without any change in behaviour.
            assertThat(m.statements).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        }
    }

    private record Measured(int count, List<RosterService.Row> rows, int statements, long millis) {
    }

    private record Counted(int count, List<RosterService.Row> rows) {
    }

    private Counted page(RosterService.Filter filter, PageRequest pageable) {
        return new Counted(roster.count(filter), roster.page(filter, pageable));
    }

    private static Measured measure(Supplier<Counted> grid) {
        StatementCounter.reset();
        long start = System.nanoTime();
        Counted result = grid.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measured(result.count(), result.rows(), StatementCounter.count(), millis);
    }

    private record Seeded(int withFlags, int sessions) {
    }

    /**
     * 500 clients linked to the trainer, each with a completed assessment, the template's programme started a year
     * ago and a session on each of its days for a year. Every 7th stopped logging ten days ago, every 5th was last
     * assessed ten weeks ago (overdue), every 10th has an open flag.
     */
    private Seeded seed(long trainerId, long templateId, LocalDate today) {
        // The JSON columns are copied row to row by INSERT ... SELECT, which H2 and PostgreSQL both take as it is.
        long templateProgramme = jdbc.queryForObject("SELECT id FROM programme WHERE owner_id = ?", Long.class,
                templateId);
        long templateSession = jdbc.queryForObject("SELECT id FROM training_session WHERE owner_id = ?", Long.class,
                templateId);
        Map<String, Object> assessment = jdbc.queryForMap("SELECT current_step, content_version FROM assessment "
                + "WHERE id = (SELECT assessment_id FROM programme WHERE id = ?)", templateProgramme);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String body = jdbc.queryForObject("SELECT body FROM programme WHERE id = ?", String.class, templateProgramme);
        for (JsonNode s : json.readTree(body).path("sessions")) {
            days.add(DayOfWeek.of(s.path("dayOfWeek").asInt()));
        }
        Timestamp yearAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(365)));

        List<Object[]> accounts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            accounts.add(new Object[] {"seeded.client" + i + "." + trainerId + "@example.com",
                "Client " + String.format("%03d", i), "{noop}unused", Timestamp.from(clock.instant())});
        }
        jdbc.batchUpdate("INSERT INTO account (email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)",
                accounts);
        List<Long> ids = jdbc.queryForList("SELECT id FROM account WHERE email LIKE ? ORDER BY display_name",
                Long.class, "seeded.client%." + trainerId + "@example.com");
        assertThat(ids).hasSize(CLIENTS);

        List<Object[]> roles = new ArrayList<>();
        List<Object[]> linkRows = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            long id = ids.get(i);
            roles.add(new Object[] {id, Role.INDIVIDUAL.name()});
            linkRows.add(new Object[] {trainerId, id, yearAgo, id});
            Timestamp assessed = Timestamp.from(clock.instant().minus(Duration.ofDays(i % 5 == 0 ? 70 : 7)));
            assessments.add(new Object[] {id, assessment.get("current_step"), yearAgo, assessed, assessed,
                assessment.get("content_version")});
        }
        jdbc.batchUpdate("INSERT INTO account_role (account_id, role) VALUES (?, ?)", roles);
        jdbc.batchUpdate("INSERT INTO trainer_link (trainer_id, client_id, linked_at, active_client_id) "
                + "VALUES (?, ?, ?, ?)", linkRows);
        jdbc.batchUpdate("INSERT INTO assessment (owner_id, status, current_step, started_at, updated_at, finished_at,"
                + " content_version) VALUES (?, 'COMPLETED', ?, ?, ?, ?, ?)", assessments);
        Map<Long, Long> assessmentOf = new java.util.HashMap<>();
        jdbc.query("SELECT id, owner_id FROM assessment WHERE owner_id IN (SELECT client_id FROM trainer_link "
                + "WHERE trainer_id = ?)", rs -> {
                    assessmentOf.put(rs.getLong("owner_id"), rs.getLong("id"));
                }, trainerId);

        List<Object[]> programmes = new ArrayList<>();
        for (long id : ids) {
            programmes.add(new Object[] {id, assessmentOf.get(id), yearAgo, templateProgramme});
        }
        jdbc.batchUpdate("INSERT INTO programme (owner_id, assessment_id, version_number, kind, created_at, "
                + "content_version, body) SELECT ?, ?, 1, kind, ?, content_version, body FROM programme WHERE id = ?",
                programmes);
        Map<Long, Long> programmeOf = new java.util.HashMap<>();
        jdbc.query("SELECT id, owner_id FROM programme WHERE owner_id IN (SELECT client_id FROM trainer_link "
                + "WHERE trainer_id = ?)", rs -> {
                    programmeOf.put(rs.getLong("owner_id"), rs.getLong("id"));
                }, trainerId);

        int sessions = 0;
        List<Object[]> batch = new ArrayList<>();
        String sql = "INSERT INTO training_session (owner_id, programme_id, session_number, session_date, logged_at,"
                + " exercises, prescribed, decisions) SELECT ?, ?, 1, ?, ?, exercises, prescribed, decisions"
                + " FROM training_session WHERE id = ?";
        for (int i = 0; i < CLIENTS; i++) {
            long id = ids.get(i);
            LocalDate last = i % 7 == 0 ? today.minusDays(10) : today.minusDays(1);
            for (LocalDate d = today.minusDays(364); !d.isAfter(last); d = d.plusDays(1)) {
                if (days.contains(d.getDayOfWeek())) {
                    batch.add(new Object[] {id, programmeOf.get(id), d, Timestamp.valueOf(d.atTime(18, 0)),
                        templateSession});
                }
            }
            if (batch.size() > 5_000) {
                sessions += batch.size();
                jdbc.batchUpdate(sql, batch);
                batch.clear();
            }
        }
        sessions += batch.size();
        jdbc.batchUpdate(sql, batch);

        List<Object[]> flags = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i += 10) {
            flags.add(new Object[] {ids.get(i), Timestamp.from(clock.instant().minus(Duration.ofDays(2)))});
        }
        jdbc.batchUpdate("INSERT INTO referral_flag (owner_id, kind, seen, why_it_matters, professional, "
                + "stops_exercise, raised_at) VALUES (?, 'PERSISTENT_PAIN', 'Pain above 5/10', 'Pain that keeps "
                + "coming back needs a look.', 'A physiotherapist', FALSE, ?)", flags);
        return new Seeded(flags.size(), sessions);
    }
}
