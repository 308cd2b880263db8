package com.kneeline.trainer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kneeline.account.PersonAccess;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.CoachedProgrammes;
import com.kneeline.tracking.CoachedSessions;
import com.kneeline.base.Dates;
import com.kneeline.tracking.TrainingHistoryService;
import com.kneeline.tracking.engine.Adherence;
import com.kneeline.tracking.engine.NextSession;
import com.kneeline.tracking.engine.SessionLog;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The trainer's roster as a read model: one SQL statement per page computes every column that can be aggregated
 * (sessions in 7 and 30 days, last log, open flags, reassessment due) for the signed-in trainer's linked clients
 * only, filters and sorts in the database, and two batched statements then load the page's current programmes and
 * recent sessions, so adherence is computed by the very rule the client's own pages use. A page costs the same
 * handful of statements with 5 clients or 500 (see {@code RosterQueryCountTest}).
 */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class RosterService {

    /**
     * "Adherence dropping": at least this many sessions fewer in the last 7 days than the client's weekly average
     * over the last 30 days. Measured in sessions (not percent) so the database can filter without the programme.
     */
    public static final int ADHERENCE_DROP_SESSIONS_PER_WEEK = 1;

    /** What needs a trainer's attention; a roster filtered by several shows clients with any of them. */
    public enum Attention {
        OPEN_FLAGS("Open referral flags"),
        REASSESSMENT_OVERDUE("Reassessment overdue"),
        ADHERENCE_DROPPING("Adherence dropping");

        private final String label;

        Attention(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Free text (name or email) and attention filters. */
    public record Filter(String search, Set<Attention> attention) {
        public Filter {
            search = search == null ? "" : search.strip();
            attention = attention == null || attention.isEmpty() ? Set.of() : Set.copyOf(attention);
        }

        public static Filter none() {
            return new Filter("", Set.of());
        }
    }

    /**
     * One client on the roster.
     *
     * @param nextSession      the day of the session the client is offered next (the {@code NextSession} rule), or null
     * @param daysSinceLastLog null when nothing was logged yet
     * @param reassessmentDue  null without a completed assessment
     */
    public record Row(long clientId, String name, String email, Instant linkedAt, LocalDate nextSession,
                      Adherence.Window last7Days, Adherence.Window last30Days, boolean hasProgramme, int openFlags,
                      Integer daysSinceLastLog, LocalDate reassessmentDue, boolean reassessmentOverdue) {
    }

    /** Sortable columns: grid sort keys mapped to SQL, never SQL from the request. */
    public static final String SORT_NAME = "name";
    public static final String SORT_EMAIL = "email";
    public static final String SORT_OPEN_FLAGS = "openFlags";
    public static final String SORT_DAYS_SINCE_LOG = "daysSinceLastLog";
    public static final String SORT_REASSESSMENT = "reassessmentDue";
    public static final String SORT_LINKED = "linkedAt";

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final TrainingHistoryService tracking;
    private final java.time.Clock clock;
    private final ContentService content;
    private final CoachedProgrammes coachedProgrammes;
    private final CoachedSessions coachedSessions;

    RosterService(JdbcClient jdbc, PersonAccess access, TrainingHistoryService tracking, ContentService content,
                  CoachedProgrammes coachedProgrammes, CoachedSessions coachedSessions, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.access = access;
        this.tracking = tracking;
        this.content = content;
        this.coachedProgrammes = coachedProgrammes;
        this.coachedSessions = coachedSessions;
    }

    /**
     * When a client's reassessment is due, as SQL over the roster's columns. The one place that decides it.
     * Standard SQL only (H2 and PostgreSQL): a whole number of days is added as {@code days * INTERVAL '1' DAY}, the
     * SQL-standard interval arithmetic both databases share, instead of a vendor function such as DATEADD.
     */
    static String reassessmentDueSql() {
        // The same rule as ReassessmentService: a trainer's open request makes it due at once; otherwise the last
        // completed assessment plus the person's interval (the content's default without a schedule row).
        return "CASE WHEN requested_at IS NOT NULL AND (last_assessed IS NULL OR requested_at > last_assessed)"
                + " THEN requested_at"
                + " ELSE last_assessed + (7 * COALESCE(interval_weeks, :intervalWeeks)) * INTERVAL '1' DAY END";
    }

    private static final String ROSTER = """
            WITH clients AS (
                SELECT l.client_id, l.linked_at, a.display_name, a.email
                FROM trainer_link l JOIN account a ON a.id = l.client_id
                WHERE l.trainer_id = :trainer AND l.unlinked_at IS NULL
                  AND (LOWER(a.display_name) LIKE :like OR LOWER(a.email) LIKE :like)
            ), stats AS (
                SELECT c.*,
                    (SELECT COUNT(*) FROM training_session s
                        WHERE s.owner_id = c.client_id AND s.session_date BETWEEN :from7 AND :today) AS done7,
                    (SELECT COUNT(*) FROM training_session s
                        WHERE s.owner_id = c.client_id AND s.session_date BETWEEN :from30 AND :today) AS done30,
                    (SELECT MAX(s.session_date) FROM training_session s WHERE s.owner_id = c.client_id) AS last_log,
                    (SELECT COUNT(*) FROM referral_flag f
                        WHERE f.owner_id = c.client_id AND f.acknowledged_at IS NULL) AS open_flags,
                    (SELECT MAX(x.finished_at) FROM assessment x
                        WHERE x.owner_id = c.client_id AND x.status = 'COMPLETED') AS last_assessed,
                    (SELECT r.interval_weeks FROM reassessment_schedule r WHERE r.owner_id = c.client_id)
                        AS interval_weeks,
                    (SELECT r.requested_at FROM reassessment_schedule r WHERE r.owner_id = c.client_id)
                        AS requested_at
                FROM clients c
            ), roster AS (
                SELECT stats.*, %s AS reassessment_due FROM stats
            )
            """;

    /** One page of the signed-in trainer's clients. */
    @Transactional(readOnly = true)
    public List<Row> page(Filter filter, Pageable pageable) {
        long trainer = access.me().id();
        LocalDate today = Dates.today(clock);
        String sql = ROSTER.formatted(reassessmentDueSql()) + "SELECT * FROM roster" + where(filter)
                + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset";
        List<Partial> partial = params(jdbc.sql(sql), trainer, filter, today)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new Partial(rs.getLong("client_id"), rs.getString("display_name"),
                        rs.getString("email"), rs.getObject("linked_at", OffsetDateTime.class).toInstant(),
                        rs.getInt("open_flags"), rs.getObject("last_log", LocalDate.class),
                        instant(rs.getObject("reassessment_due", OffsetDateTime.class))))
                .list();
        if (partial.isEmpty()) {
            return List.of();
        }
        List<Long> ids = partial.stream().map(Partial::clientId).toList();
        Map<Long, CurrentPlan> plans = currentPlans(ids);
        RecentSessions recent = recentSessions(ids, today);
        int grace = tracking.graceDays();
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>(partial.size());
        for (Partial p : partial) {
            CurrentPlan plan = plans.get(p.clientId());
            List<SessionLog> logs = recent.logs().getOrDefault(p.clientId(), List.of());
            Adherence.Summary adherence = tracking.adherence(plan == null ? Set.of() : plan.days(),
                    plan == null ? null : plan.createdAt(), logs, today);
            // the same rule as the client's Today page, so "next session" agrees with what the client is offered
            LocalDate next = plan == null ? null : NextSession.offer(plan.sessions(),
                    recent.numbered().getOrDefault(p.clientId(), List.of()), today, grace)
                    .map(NextSession.Offer::date).orElse(null);
            rows.add(new Row(p.clientId(), p.name(), p.email(), p.linkedAt(), next,
                    adherence.last7Days(), adherence.last30Days(), plan != null, p.openFlags(),
                    p.lastLog() == null ? null : (int) ChronoUnit.DAYS.between(p.lastLog(), today),
                    p.due() == null ? null : Dates.day(p.due()),
                    p.due() != null && !p.due().plus(java.time.Duration.ofDays(content.catalogue().referral()
                            .reassessment().dueWindowDays())).isAfter(now)));
        }
        return rows;
    }

    /** How many of the signed-in trainer's clients match the filter. */
    @Transactional(readOnly = true)
    public int count(Filter filter) {
        long trainer = access.me().id();
        String sql = ROSTER.formatted(reassessmentDueSql()) + "SELECT COUNT(*) FROM roster" + where(filter);
        return params(jdbc.sql(sql), trainer, filter, Dates.today(clock)).query(Integer.class).single();
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, long trainer, Filter filter,
            LocalDate today) {
        return spec.param("trainer", trainer)
                .param("like", "%" + escapeLike(filter.search().toLowerCase(Locale.ROOT)) + "%")
                .param("today", today)
                .param("from7", today.minusDays(6))
                .param("from30", today.minusDays(29))
                .param("intervalWeeks", content.catalogue().referral().reassessment().defaultIntervalWeeks())
                .param("dueWindow", content.catalogue().referral().reassessment().dueWindowDays())
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("drop", ADHERENCE_DROP_SESSIONS_PER_WEEK);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String where(Filter filter) {
        if (filter.attention().isEmpty()) {
            return "";
        }
        List<String> any = new ArrayList<>();
        for (Attention a : filter.attention()) {
            any.add(switch (a) {
                case OPEN_FLAGS -> "open_flags > 0";
                // overdue once the content's due window after the due date has passed, as the client sees it
                case REASSESSMENT_OVERDUE -> "reassessment_due + CAST(:dueWindow AS INTEGER) * INTERVAL '1' DAY <= :now";
                // done in 7 days <= (done in 30 days) * 7/30 - drop, in whole numbers
                case ADHERENCE_DROPPING -> "30 * done7 <= 7 * done30 - 30 * :drop";
            });
        }
        return " WHERE (" + String.join(" OR ", any) + ")";
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            boolean asc = order.isAscending();
            String dir = asc ? " ASC" : " DESC";
            switch (order.getProperty()) {
                case SORT_NAME -> parts.add("LOWER(display_name)" + dir);
                case SORT_EMAIL -> parts.add("email" + dir);
                case SORT_OPEN_FLAGS -> parts.add("open_flags" + dir);
                // fewer days since the last log = a later last log; never logged counts as the longest ago
                case SORT_DAYS_SINCE_LOG -> parts.add(asc ? "last_log DESC NULLS LAST" : "last_log ASC NULLS FIRST");
                case SORT_REASSESSMENT -> parts.add("reassessment_due" + dir + (asc ? " NULLS LAST" : " NULLS FIRST"));
                case SORT_LINKED -> parts.add("linked_at" + dir);
                default -> throw new IllegalArgumentException("The roster cannot be sorted by " + order.getProperty());
            }
        }
        if (parts.isEmpty()) {
            parts.add("LOWER(display_name) ASC");
        }
        parts.add("client_id ASC");
        return " ORDER BY " + String.join(", ", parts);
    }

    private record Partial(long clientId, String name, String email, Instant linkedAt, int openFlags,
                           LocalDate lastLog, Instant due) {
    }

    private record CurrentPlan(Instant createdAt, List<NextSession.Planned> sessions) {
        Set<DayOfWeek> days() {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            sessions.forEach(s -> days.add(s.day()));
            return days;
        }
    }

    /** The page's sessions over the adherence look-back, and which planned session each one was. */
    private record RecentSessions(Map<Long, List<SessionLog>> logs, Map<Long, List<NextSession.Logged>> numbered) {
    }

    /** The page's current programmes in one statement: when each started and on which days it plans sessions. */
    private Map<Long, CurrentPlan> currentPlans(List<Long> ids) {
        Map<Long, CurrentPlan> plans = new HashMap<>();
        coachedProgrammes.currentOf(ids).forEach((client, current) -> plans.put(client, new CurrentPlan(
                current.createdAt(), current.generated().sessions().stream()
                        .map(s -> new NextSession.Planned(s.number(), DayOfWeek.of(s.dayOfWeek()))).toList())));
        return plans;
    }

    /** The page's sessions over the adherence look-back, in one statement. */
    private RecentSessions recentSessions(List<Long> ids, LocalDate today) {
        Map<Long, List<SessionLog>> byClient = new HashMap<>();
        Map<Long, List<NextSession.Logged>> numbered = new HashMap<>();
        for (CoachedSessions.Logged s : coachedSessions.since(ids,
                today.minusDays(TrainingHistoryService.adherenceLookBackDays()))) {
            byClient.computeIfAbsent(s.clientId(), k -> new ArrayList<>()).add(new SessionLog(s.date(), s.exercises()));
            numbered.computeIfAbsent(s.clientId(), k -> new ArrayList<>())
                    .add(new NextSession.Logged(s.date(), s.sessionNumber()));
        }
        return new RecentSessions(byClient, numbered);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
