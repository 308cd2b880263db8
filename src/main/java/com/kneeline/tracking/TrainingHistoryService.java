package com.kneeline.tracking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.kneeline.base.Dates;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.engine.Adherence;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.SessionLog;
import com.kneeline.tracking.engine.SetLog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's training so far, for them or their trainer while linked: logged sessions, pain over time, volume and
 * load per exercise, and adherence. Anyone else's id is not found.
 */
@Service
public class TrainingHistoryService {

    /** One session's highest pain. */
    public record PainPoint(LocalDate date, int maxPain, boolean done) {
    }

    private final TrainingSessionRepository sessions;
    private final ProgrammeService programmes;
    private final ContentService content;
    private final SessionPlanner planner;
    private final TrackedPerson person;

    TrainingHistoryService(TrainingSessionRepository sessions, ProgrammeService programmes, ContentService content,
                           SessionPlanner planner, TrackedPerson person) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.content = content;
        this.planner = planner;
        this.person = person;
    }

    /** A person's logged sessions, newest first. */
    @Transactional(readOnly = true)
    public Page<SessionSummary> history(long personId, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "sessionDate"));
        Instant now = person.now();
        return sessions.findByOwnerId(person.readable(personId), newestFirst).map(s -> SessionSummary.of(s, now));
    }

    @Transactional(readOnly = true)
    public long historyCount(long personId) {
        return sessions.countByOwnerId(person.readable(personId));
    }

    /** One of a person's sessions. */
    @Transactional(readOnly = true)
    public SessionDetails session(long personId, long sessionId) {
        return sessions.findByIdAndOwnerId(sessionId, person.readable(personId))
                .map(s -> SessionDetails.of(s, person.now()))
                .orElseThrow(() -> new SessionNotFoundException("session", sessionId));
    }

    /** A person's highest pain per logged session, oldest first, over the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<PainPoint> painOverTime(long personId, int days) {
        LocalDate from = person.today().minusDays(days - 1L);
        return sessions.findByOwnerIdOrderBySessionDateAsc(person.readable(personId)).stream()
                .filter(s -> !s.getSessionDate().isBefore(from)).map(SessionPlanner::engineLog)
                .map(log -> new PainPoint(log.date(), log.maxPain(), log.wasDone())).toList();
    }

    /**
     * Volume and load per exercise and side over the last {@code days} days, for exercises done in at least two
     * sessions: loaded ones first (their load is the thing to watch), then the most often done.
     */
    @Transactional(readOnly = true)
    public List<ExerciseTrend> exerciseTrends(long personId, int days) {
        LocalDate from = person.today().minusDays(days - 1L);
        Map<String, List<ExerciseTrend.Point>> points = new LinkedHashMap<>();
        Map<String, ExerciseLog> first = new HashMap<>();
        for (TrainingSession s : sessions.findByOwnerIdOrderBySessionDateAsc(person.readable(personId))) {
            if (s.getSessionDate().isBefore(from)) {
                continue;
            }
            for (ExerciseLog log : s.getExercises()) {
                if (!log.wasDone()) {
                    continue;
                }
                String k = SessionPlanner.key(log.exerciseId(), log.side());
                first.putIfAbsent(k, log);
                Double top = log.sets().stream().map(SetLog::loadKg).filter(Objects::nonNull)
                        .max(Double::compare).orElse(null);
                points.computeIfAbsent(k, x -> new ArrayList<>()).add(new ExerciseTrend.Point(s.getSessionDate(),
                        log.sets().size(), log.sets().stream().mapToInt(SetLog::done).sum(), top));
            }
        }
        return points.entrySet().stream().filter(e -> e.getValue().size() >= 2).map(e -> {
            ExerciseLog log = first.get(e.getKey());
            Optional<Exercise> ex = content.exercise(log.exerciseId());
            boolean loaded = e.getValue().stream().anyMatch(p -> p.topLoadKg() != null);
            return new ExerciseTrend(log.exerciseId(), ex.map(Exercise::name).orElse(log.exerciseId()), log.side(),
                    ex.map(x -> x.dosage().isTimed()).orElse(false), loaded, e.getValue());
        }).sorted(Comparator.comparing((ExerciseTrend t) -> !t.loaded())
                .thenComparing(t -> -t.points().size())).toList();
    }

    /**
     * Planned versus done over the last 7 and 30 days and the streak, for the current programme's days: the same
     * figures the person sees on their own pages (the trainer's roster computes its columns with this same
     * {@link Adherence#summarise} rule).
     */
    @Transactional(readOnly = true)
    public Adherence.Summary adherence(long personId) {
        long me = person.readable(personId);
        Optional<ProgrammeDetails> programme = programmes.current(me);
        return adherence(programme.map(SessionPlanner::days).orElse(Set.of()),
                programme.map(ProgrammeDetails::createdAt).orElse(null),
                sessions.findByOwnerIdOrderBySessionDateAsc(me).stream().map(SessionPlanner::engineLog).toList(),
                person.today());
    }

    /**
     * The one adherence rule, shared by the person's own pages and the trainer's roster (which loads a page of
     * clients' programmes and recent sessions at once): planned dates from the programme's start on its days,
     * against the sessions in which something was done, with the content's grace days.
     *
     * @param programmeCreatedAt null without a programme (nothing planned)
     */
    public Adherence.Summary adherence(Set<DayOfWeek> days, Instant programmeCreatedAt, List<SessionLog> logged,
            LocalDate today) {
        List<LocalDate> planned = programmeCreatedAt == null ? List.of()
                : Adherence.plannedDates(days, Dates.day(programmeCreatedAt), today);
        return Adherence.summarise(planned, Adherence.doneDates(logged), today, planner.graceDays());
    }

    /**
     * How many days of sessions before today {@link #adherence(Set, Instant, List, LocalDate)} needs for the 7- and
     * 30-day figures: the 30-day window plus two weeks, so that matching sessions to planned days (within the grace
     * days) near the window's start sees the same sessions as with the full history. The streak needs all of it.
     */
    public static int adherenceLookBackDays() {
        return 30 + 14;
    }

    /** How many days early a session may be done and still count for its own day (content, adherence rules). */
    public int graceDays() {
        return planner.graceDays();
    }
}
