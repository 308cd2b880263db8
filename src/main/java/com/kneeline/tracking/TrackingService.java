package com.kneeline.tracking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.assessment.AssessmentConcluded;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.PrescriptionEngine;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.engine.Adherence;
import com.kneeline.tracking.engine.Decision;
import com.kneeline.tracking.engine.ExerciseLog;
import com.kneeline.tracking.engine.ExercisePrescription;
import com.kneeline.tracking.engine.Flag;
import com.kneeline.tracking.engine.KneeTracking;
import com.kneeline.tracking.engine.MorningCheckIn;
import com.kneeline.tracking.engine.NextSession;
import com.kneeline.tracking.engine.ProgressionEngine;
import com.kneeline.tracking.engine.ProgressionInput;
import com.kneeline.tracking.engine.ReferralFlags;
import com.kneeline.tracking.engine.ReferralInput;
import com.kneeline.tracking.engine.StalledOutcomes;
import com.kneeline.tracking.engine.SessionFit;
import com.kneeline.tracking.engine.SessionLog;
import com.kneeline.tracking.engine.SetLog;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The tracker's public API, for the signed-in person only (another person's ids are not found): the session to do
 * today, logging and editing it, the next-morning check-in, history, adherence, what changes next time, and the
 * referral flags. After every log, edit and check-in the referral rules are evaluated (new flags are stored) and
 * the progression engine decides the next prescriptions, which are stored per programme slot and side.
 * <p>
 * The engine needs the next-morning check-in to progress anything (the content's must-settle-by-next-morning), so
 * the decisions made when a session is saved are re-made when its check-in arrives.
 */
@Service
public class TrackingService {

    /** A logged session can be corrected for this long after it was first saved. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(48);

    /** "What happened?" in a report of a change: room for a few sentences. */
    public static final int REPORT_MAX_LENGTH = 500;

    /** Dates are the person's calendar days; KneeLine has no per-person time zone yet. */
    static final ZoneId ZONE = ZoneId.systemDefault();

    private final TrainingSessionRepository sessions;
    private final CheckInRepository checkIns;
    private final CurrentPrescriptionRepository prescriptions;
    private final RaisedFlagRepository flags;
    private final ProgrammeService programmes;
    private final AssessmentService assessments;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final PersonAccess access;
    private final Clock clock;
    private final ProgressionEngine engine;
    private final ReferralFlags referral;
    private final SessionFit fit;
    private final NextTimeRules nextTime;
    private final com.kneeline.prescription.ExerciseHolds holds;
    private final org.springframework.beans.factory.ObjectProvider<NoProgressCheck> noProgressChecks;

    TrackingService(TrainingSessionRepository sessions, CheckInRepository checkIns,
                    CurrentPrescriptionRepository prescriptions, RaisedFlagRepository flags,
                    ProgrammeService programmes, AssessmentService assessments, ContentService content,
                    CurrentUser currentUser, PersonAccess access, Clock clock,
                    PrescriptionEngine prescriptionEngine, com.kneeline.prescription.ExerciseHolds holds,
                    org.springframework.beans.factory.ObjectProvider<NoProgressCheck> noProgressChecks) {
        this.holds = holds;
        this.noProgressChecks = noProgressChecks;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.prescriptions = prescriptions;
        this.flags = flags;
        this.programmes = programmes;
        this.assessments = assessments;
        this.content = content;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
        this.engine = new ProgressionEngine(content.catalogue());
        this.referral = new ReferralFlags(content.catalogue());
        this.fit = new SessionFit(prescriptionEngine, content.catalogue().prescription().timing().minSets());
        this.nextTime = new NextTimeRules(content, fit);
    }

    private AccountSummary me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("The tracker needs a signed-in account"));
    }

    /** Now, from the application clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The calendar's zone for session dates. */
    public static ZoneId zone() {
        return ZONE;
    }

    /** Today in the person's calendar, from the application clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The person's id if the signed-in account may read their log (themselves, or their trainer while linked). */
    private long readable(long personId) {
        try {
            return access.requireReadable(personId);
        } catch (PersonNotFoundException notVisible) {
            throw new SessionNotFoundException("person", personId);
        }
    }

    private TrainingSession mine(long id) {
        return sessions.findByIdAndOwnerId(id, me().id()).orElseThrow(() -> new SessionNotFoundException("session", id));
    }

    // --- the session to do ---------------------------------------------------------------------------------------

    /**
     * The session to do next by the {@link NextSession} rule: today's if not logged yet, else the next planned day,
     * skipping one already done early. Empty without a programme with sessions (none yet, or referral only).
     */
    @Transactional(readOnly = true)
    public Optional<PlannedSession> nextSession() {
        long me = me().id();
        Optional<ProgrammeDetails> current = programmes.current();
        if (current.isEmpty() || current.get().programme().sessions().isEmpty()) {
            return Optional.empty();
        }
        ProgrammeDetails programme = current.get();
        return offer(me, programme.programme().sessions(), today()).map(offer -> planned(me, programme,
                programme.programme().sessions().stream().filter(s -> s.number() == offer.number()).findFirst()
                        .orElseThrow(), offer.date(), offer.today()));
    }

    /** The next-session rule over a person's plan and their logs of the last few days (all the rule looks at). */
    private Optional<NextSession.Offer> offer(long owner, List<SessionPlan> plan, LocalDate today) {
        int grace = graceDays();
        List<NextSession.Logged> logs = sessions.findByOwnerIdAndSessionDateGreaterThanEqual(owner,
                today.minusDays(Math.max(1, grace))).stream()
                .map(s -> new NextSession.Logged(s.getSessionDate(), s.getSessionNumber())).toList();
        List<NextSession.Planned> weekly = plan.stream()
                .map(s -> new NextSession.Planned(s.number(), DayOfWeek.of(s.dayOfWeek()))).toList();
        return NextSession.offer(weekly, logs, today, grace);
    }

    /** How many days early a session may be done and still count for its own day (content, adherence rules). */
    public int graceDays() {
        return content.catalogue().progression().adherence().graceDays();
    }

    /** The session logged today, if any. */
    @Transactional(readOnly = true)
    public Optional<SessionSummary> loggedToday() {
        return sessions.findByOwnerIdAndSessionDate(me().id(), today()).map(this::summary);
    }

    /**
     * One planned session at today's doses. Reps, load and ladder step are progressed per exercise and side, shared
     * by every session that has the exercise (the rule My programme states); the sets are each session's own, as
     * planned, trimmed only if a longer ladder step would take the session past its planned minutes, and cut in a
     * deload week.
     */
    private PlannedSession planned(long me, ProgrammeDetails programme, SessionPlan plan, LocalDate date,
            boolean today) {
        Map<String, CurrentPrescription> stored = new HashMap<>();
        prescriptions.findByProgrammeIdAndOwnerId(programme.id(), me)
                .forEach(p -> stored.put(key(p.getSlotId(), p.getSide()), p));
        List<OpenFlag> open = openFlags(me);
        boolean stop = open.stream().anyMatch(OpenFlag::stopsExercise);
        boolean deload = open.isEmpty() && engine.isDeloadWeek(start(programme), date, null);
        Long latest = sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).map(TrainingSession::getId).orElse(null);
        List<List<ExercisePrescription>> doses = new ArrayList<>();
        List<List<CurrentPrescription>> rows = new ArrayList<>();
        List<List<String>> current = new ArrayList<>();
        for (PlannedExercise planned : plan.exercises()) {
            Exercise exercise = content.exercise(planned.exerciseId()).orElseThrow();
            List<ExercisePrescription> slot = new ArrayList<>();
            List<CurrentPrescription> slotRows = new ArrayList<>();
            for (ExercisePrescription start : ExercisePrescription.fromPlan(planned, exercise.unilateral())) {
                CurrentPrescription progressed = stored.get(key(planned.exerciseId(), start.side()));
                // A trainer's dose set after the tracker last progressed this slot restarts it from that dose.
                CurrentPrescription now = progressed != null && programme.doseChange(planned.exerciseId())
                        .filter(c -> c.madeAt().isAfter(progressed.getUpdatedAt())).isPresent() ? null : progressed;
                slot.add(now == null ? start : now.toEngine().withSets(start.sets()));
                slotRows.add(now);
            }
            doses.add(slot);
            rows.add(slotRows);
            current.add(slot.stream().map(ExercisePrescription::exerciseId).distinct().toList());
        }
        SessionFit.Fit fitted = fit.fit(plan.exercises(), current, plan.estimatedMinutes());
        Set<Side> caving = formCheckCaving();
        double rpe = content.catalogue().progression().effort().targetRpe().max();
        List<PlannedSession.Item> items = new ArrayList<>();
        for (int i = 0; i < plan.exercises().size(); i++) {
            PlannedExercise planned = plan.exercises().get(i);
            for (int j = 0; j < doses.get(i).size(); j++) {
                ExercisePrescription d = doses.get(i).get(j);
                int extra = d.side() != null && d.side() == planned.extraSetsOn() ? planned.extraSets() : 0;
                ExercisePrescription p = SessionFit.dose(fitted, i, d, extra);
                CurrentPrescription row = rows.get(i).get(j);
                String guidance = content.exercise(p.exerciseId())
                        .filter(e -> p.loaded() || nextTime.loadAllowed(programme, planned, e, p.side(), caving))
                        .map(Exercise::loadGuidance).orElse(null);
                String why = row != null && latest != null && latest.equals(row.getChangedBySession())
                        ? row.getChangeReason() : null;
                items.add(new PlannedSession.Item(planned.exerciseId(), p,
                        deload ? engine.deloadSets(p.sets()) : p.sets(), deload ? engine.deloadRpe() : rpe, guidance,
                        why));
            }
        }
        return new PlannedSession(programme.id(), plan.number(), date, today, plan.warmUp(), items, stop,
                NextTimeRules.pausedUntil(open).orElse(null), deload);
    }

    /** The signed-in person's pause: what lifts it, or empty when no flag is open. */
    @Transactional(readOnly = true)
    public Optional<String> pausedUntil() {
        return NextTimeRules.pausedUntil(openFlags(me().id()));
    }

    private static String key(String slotId, Side side) {
        return slotId + "|" + side;
    }

    // --- logging -------------------------------------------------------------------------------------------------

    /**
     * Saves the session done today: one log per item of the planned session (an item without a log counts as
     * skipped), then evaluates the referral rules and decides the next prescriptions.
     *
     * @return the saved session, with the decision sentences
     */
    @Transactional
    public SessionDetails logSession(int sessionNumber, List<ExerciseLog> logs) {
        long me = me().id();
        ProgrammeDetails programme = programmes.current()
                .orElseThrow(() -> new IllegalStateException("There is no programme to log a session of"));
        LocalDate today = today();
        if (sessions.findByOwnerIdAndSessionDate(me, today).isPresent()) {
            throw new IllegalStateException("A session is already logged today; change it from your history");
        }
        SessionPlan plan = programme.programme().sessions().stream().filter(s -> s.number() == sessionNumber)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No session " + sessionNumber
                        + " in your programme"));
        PlannedSession planned = planned(me, programme, plan, today, true);
        List<ExerciseLog> complete = complete(planned.items(), logs);
        TrainingSession saved = sessions.save(new TrainingSession(me, programme.id(), sessionNumber, today,
                clock.instant(), complete, planned.items()));
        ReferralFlags.Result raised = evaluateFlags(me, programme);
        decide(me, saved, programme, raised.exercisePaused());
        return details(saved);
    }

    /**
     * {@link #logSession} for a page that says which plan it showed: when the plan changed since (a trainer saved a
     * new week, or an exercise was swapped or re-dosed), nothing is logged and {@link PlanChangedException} names the
     * exercises that changed. The log is only ever stored against the plan the person saw.
     */
    @Transactional
    public SessionDetails logSession(int sessionNumber, List<ExerciseLog> logs, PlannedSession shown) {
        long me = me().id();
        ProgrammeDetails programme = programmes.current()
                .orElseThrow(() -> new IllegalStateException("There is no programme to log a session of"));
        PlannedSession now = programme.programme().sessions().stream().filter(s -> s.number() == sessionNumber)
                .findFirst().map(plan -> planned(me, programme, plan, today(), true)).orElse(null);
        if (now == null) {
            throw new PlanChangedException(shown, shown.items().stream().map(i -> i.prescription().exerciseId())
                    .distinct().toList());
        }
        if (programme.id() != shown.programmeId() || !now.items().equals(shown.items())) {
            java.util.Set<String> changed = new java.util.LinkedHashSet<>();
            java.util.Set<PlannedSession.Item> before = new java.util.HashSet<>(shown.items());
            java.util.Set<PlannedSession.Item> after = new java.util.HashSet<>(now.items());
            shown.items().stream().filter(i -> !after.contains(i)).forEach(i -> changed.add(i.prescription().exerciseId()));
            now.items().stream().filter(i -> !before.contains(i)).forEach(i -> changed.add(i.prescription().exerciseId()));
            throw new PlanChangedException(now, List.copyOf(changed));
        }
        return logSession(sessionNumber, logs);
    }

    /** Corrects a session within {@link #EDIT_WINDOW} of logging it; the latest session's decisions are re-made. */
    @Transactional
    public SessionDetails editSession(long sessionId, List<ExerciseLog> logs) {
        long me = me().id();
        TrainingSession session = mine(sessionId);
        if (!editable(session)) {
            throw new IllegalStateException("A session can only be changed within " + EDIT_WINDOW.toHours()
                    + " hours of logging it");
        }
        List<PlannedSession.Item> items = session.getPrescribed();
        session.edit(complete(items, logs), clock.instant());
        Optional<ProgrammeDetails> programme = programmes.current().filter(p -> p.id() == session.getProgrammeId());
        ReferralFlags.Result raised = evaluateFlags(me, programmes.current().orElse(null));
        boolean latest = sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).map(TrainingSession::getId)
                .filter(id -> id.equals(session.getId())).isPresent();
        if (latest && programme.isPresent()) {
            decide(me, session, programme.get(), raised.exercisePaused());
        }
        return details(session);
    }

    private List<ExerciseLog> complete(List<PlannedSession.Item> items, List<ExerciseLog> logs) {
        Map<String, ExerciseLog> byKey = new HashMap<>();
        for (ExerciseLog log : logs) {
            boolean known = items.stream().anyMatch(i -> i.prescription().exerciseId().equals(log.exerciseId())
                    && i.prescription().side() == log.side());
            if (!known) {
                throw new IllegalArgumentException(log.exerciseId() + " is not part of this session");
            }
            if (byKey.put(key(log.exerciseId(), log.side()), log) != null) {
                throw new IllegalArgumentException(log.exerciseId() + " is logged twice");
            }
            if (log.skipReason() != null && log.skipReason().length() > 200) {
                throw new IllegalArgumentException("A reason has at most 200 characters");
            }
        }
        return items.stream().map(i -> byKey.getOrDefault(key(i.prescription().exerciseId(), i.prescription().side()),
                ExerciseLog.skipped(i.prescription().exerciseId(), i.prescription().side(), null))).toList();
    }

    /** Runs the progression engine over one session and stores the next prescriptions and its sentences. */
    private void decide(long me, TrainingSession session, ProgrammeDetails programme, boolean pausedByRules) {
        List<PlannedSession.Item> items = session.getPrescribed();
        List<ExerciseLog> logs = session.getExercises();
        List<RaisedFlag> open = flags.findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(me);
        boolean paused = pausedByRules || open.stream().anyMatch(RaisedFlag::isStopsExercise);
        Set<Flag.Kind> openKinds = open.stream().map(RaisedFlag::getKind).collect(Collectors.toSet());
        List<SessionLog> history = sessions.findByOwnerIdOrderBySessionDateAsc(me).stream()
                .filter(s -> s.getSessionDate().isBefore(session.getSessionDate())).map(this::engineLog).toList();
        ProgressionEngine.Result result = engine.decide(new ProgressionInput(today(), start(programme), null,
                items.stream().map(PlannedSession.Item::prescription).toList(),
                new SessionLog(session.getSessionDate(), logs), engineCheckIns(me), formCheckCaving(), paused,
                openKinds, history, holds.forPerson(me)));
        Map<String, CurrentPrescription> stored = new HashMap<>();
        prescriptions.findByProgrammeIdAndOwnerId(programme.id(), me)
                .forEach(p -> stored.put(key(p.getSlotId(), p.getSide()), p));
        Instant now = clock.instant();
        List<Decision> decisions = new ArrayList<>(result.decisions());
        for (int i = 0; i < items.size(); i++) {
            if (decisions.get(i).kind() == Decision.Kind.MOVE_UP_LADDER) {
                decisions.set(i, nextTime.fitOrHold(programme, key -> Optional.ofNullable(stored.get(key)).map(CurrentPrescription::toEngine), items.get(i).slotId(), decisions.get(i)));
            }
        }
        for (int i = 0; i < items.size(); i++) {
            String slot = items.get(i).slotId();
            Decision d = nextTime.apartOrKept(programme, key -> Optional.ofNullable(stored.get(key))
                    .map(CurrentPrescription::toEngine), slot, decisions.get(i));
            decisions.set(i, d);
            CurrentPrescription row = stored.computeIfAbsent(key(slot, d.next().side()),
                    k -> new CurrentPrescription(me, programme.id(), slot, d.next().side()));
            row.update(d.next(), d.session().sets(), d.targetRpe() == null ? items.get(i).targetRpe()
                    : d.targetRpe().max(), now);
            row.changed(d.showOnCard() ? d.sentence() : null, session.getId());
            prescriptions.save(row);
        }
        result = new ProgressionEngine.Result(decisions, result.deloadWeek());
        session.decided(NextTimeRules.sentences(result, paused, openKinds));
    }

    /** Said once after saving, until the next morning's check-in decides the rest. */
    public static final String WAITING = "Waiting for your morning check-in: whether your exercises get harder is "
            + "decided once you say whether your pain settled.";

    private static LocalDate start(ProgrammeDetails programme) {
        return LocalDate.ofInstant(programme.createdAt(), ZONE);
    }

    private List<MorningCheckIn> engineCheckIns(long me) {
        return checkIns.findByOwnerIdOrderByCheckDateAsc(me).stream().map(CheckIn::toEngine).toList();
    }

    /** The sides on which the latest completed assessment's single-leg squat saw the knee cave in. */
    private Set<Side> formCheckCaving() {
        return FormCheck.caving(assessments, content);
    }

    // --- morning check-in ----------------------------------------------------------------------------------------

    /** The date of the last session when its next-morning check-in is due: it is now a later day and none exists. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> pendingCheckIn() {
        long me = me().id();
        LocalDate today = today();
        return sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).map(TrainingSession::getSessionDate)
                .filter(date -> date.isBefore(today))
                .filter(date -> !checkIns.existsByOwnerIdAndCheckDateAfter(me, date));
    }

    /** The content's functional-limitation question, asked with every check-in. */
    public String functionalLimitationQuestion() {
        return content.catalogue().referral().functionalLimitation().question();
    }

    /**
     * Records this morning's check-in for the last session, re-makes that session's decisions with it and
     * evaluates the referral rules.
     */
    @Transactional
    public void checkIn(boolean painSettled, Boolean functionalLimitation) {
        long me = me().id();
        LocalDate today = today();
        if (pendingCheckIn().isEmpty()) {
            throw new IllegalStateException("There is no session waiting for a check-in");
        }
        checkIns.save(new CheckIn(me, today, painSettled, functionalLimitation, clock.instant()));
        Optional<ProgrammeDetails> programme = programmes.current();
        ReferralFlags.Result raised = evaluateFlags(me, programme.orElse(null));
        TrainingSession last = sessions.findFirstByOwnerIdOrderBySessionDateDesc(me).orElseThrow();
        if (programme.isPresent() && programme.get().id() == last.getProgrammeId()) {
            decide(me, last, programme.get(), raised.exercisePaused());
        }
    }

    // --- history and progress ------------------------------------------------------------------------------------

    /** Logged sessions, newest first. */
    @Transactional(readOnly = true)
    public Page<SessionSummary> history(Pageable pageable) {
        return history(me().id(), pageable);
    }

    /** A person's logged sessions, newest first, for them or their trainer; anyone else's id is not found. */
    @Transactional(readOnly = true)
    public Page<SessionSummary> history(long personId, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "sessionDate"));
        return sessions.findByOwnerId(readable(personId), newestFirst).map(this::summary);
    }

    @Transactional(readOnly = true)
    public long historyCount() {
        return sessions.countByOwnerId(me().id());
    }

    @Transactional(readOnly = true)
    public long historyCount(long personId) {
        return sessions.countByOwnerId(readable(personId));
    }

    @Transactional(readOnly = true)
    public SessionDetails session(long id) {
        return details(mine(id));
    }

    /** One of a person's sessions, for them or their trainer. */
    @Transactional(readOnly = true)
    public SessionDetails session(long personId, long sessionId) {
        return sessions.findByIdAndOwnerId(sessionId, readable(personId)).map(this::details)
                .orElseThrow(() -> new SessionNotFoundException("session", sessionId));
    }

    /** Highest pain per logged session, oldest first, over the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<PainPoint> painOverTime(int days) {
        return painOverTime(me().id(), days);
    }

    /** A person's highest pain per session, for them or their trainer. */
    @Transactional(readOnly = true)
    public List<PainPoint> painOverTime(long personId, int days) {
        LocalDate from = today().minusDays(days - 1L);
        return sessions.findByOwnerIdOrderBySessionDateAsc(readable(personId)).stream()
                .filter(s -> !s.getSessionDate().isBefore(from))
                .map(s -> new PainPoint(s.getSessionDate(), engineLog(s).maxPain(), engineLog(s).wasDone())).toList();
    }

    /**
     * Volume and load per exercise and side over the last {@code days} days, for exercises done in at least two
     * sessions: loaded ones first (their load is the thing to watch), then the most often done.
     */
    @Transactional(readOnly = true)
    public List<ExerciseTrend> exerciseTrends(int days) {
        LocalDate from = today().minusDays(days - 1L);
        Map<String, List<ExerciseTrend.Point>> points = new java.util.LinkedHashMap<>();
        Map<String, ExerciseLog> first = new HashMap<>();
        for (TrainingSession s : sessions.findByOwnerIdOrderBySessionDateAsc(me().id())) {
            if (s.getSessionDate().isBefore(from)) {
                continue;
            }
            for (ExerciseLog log : s.getExercises()) {
                if (!log.wasDone()) {
                    continue;
                }
                String k = key(log.exerciseId(), log.side());
                first.putIfAbsent(k, log);
                Double top = log.sets().stream().map(SetLog::loadKg).filter(java.util.Objects::nonNull)
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
        }).sorted(java.util.Comparator.comparing((ExerciseTrend t) -> !t.loaded())
                .thenComparing(t -> -t.points().size())).toList();
    }

    /** One session's highest pain. */
    public record PainPoint(LocalDate date, int maxPain, boolean done) {
    }

    /** Planned versus done over the last 7 and 30 days and the streak, for the current programme's days. */
    @Transactional(readOnly = true)
    public Adherence.Summary adherence() {
        return adherence(me().id());
    }

    /**
     * A person's adherence, for them or their trainer: the same figures the person sees on their own pages (the
     * trainer's roster computes its columns with this same {@link Adherence#summarise} rule).
     */
    @Transactional(readOnly = true)
    public Adherence.Summary adherence(long personId) {
        long me = readable(personId);
        Optional<ProgrammeDetails> programme = programmes.current(me);
        return adherence(programme.map(TrackingService::days).orElse(Set.of()),
                programme.map(ProgrammeDetails::createdAt).orElse(null),
                sessions.findByOwnerIdOrderBySessionDateAsc(me).stream().map(this::engineLog).toList(), today());
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
                : Adherence.plannedDates(days, LocalDate.ofInstant(programmeCreatedAt, ZONE), today);
        return Adherence.summarise(planned, Adherence.doneDates(logged), today, graceDays());
    }

    /**
     * How many days of sessions before today {@link #adherence(Set, Instant, List, LocalDate)} needs for the 7- and
     * 30-day figures: the 30-day window plus two weeks, so that matching sessions to planned days (within the grace
     * days) near the window's start sees the same sessions as with the full history. The streak needs all of it.
     */
    public static int adherenceLookBackDays() {
        return 30 + 14;
    }

    private static Set<DayOfWeek> days(ProgrammeDetails programme) {
        return programme.programme().sessions().stream().map(s -> DayOfWeek.of(s.dayOfWeek()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    /** The sentences decided after the latest session: what changes next time and why. */
    @Transactional(readOnly = true)
    public List<String> whatChangesNext() {
        return sessions.findFirstByOwnerIdOrderBySessionDateDesc(me().id())
                .map(s -> s.getDecisions()).orElse(List.of());
    }

    // --- flags ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<OpenFlag> openFlags() {
        return openFlags(me().id());
    }

    /** A person's open flags, for them or their trainer. */
    @Transactional(readOnly = true)
    public List<OpenFlag> openFlags(long personId) {
        return flags.findByOwnerIdAndAcknowledgedAtIsNullOrderByRaisedAtDesc(readable(personId)).stream()
                .map(TrackingService::open).toList();
    }

    /** The signed-in person's acknowledged flags, newest first, with who acknowledged them and their note. */
    @Transactional(readOnly = true)
    public List<AcknowledgedFlag> acknowledgedFlags() {
        return acknowledgedFlags(me().id());
    }

    /** A person's acknowledged flags, for them or their trainer. */
    @Transactional(readOnly = true)
    public List<AcknowledgedFlag> acknowledgedFlags(long personId) {
        return flags.findByOwnerIdAndAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc(readable(personId)).stream()
                .map(f -> new AcknowledgedFlag(f.getId(), f.getKind(), f.getSeen(), f.getProfessional(),
                        f.getRaisedAt(), f.getAcknowledgedAt(), f.getAcknowledgement(), f.getAcknowledgedByName(),
                        f.isAcknowledgedByTrainer()))
                .toList();
    }

    /** The person has read the flag; an optional note (at most 500 characters) is kept with it. */
    @Transactional
    public void acknowledge(long flagId, String note) {
        AccountSummary me = me();
        RaisedFlag flag = flags.findByIdAndOwnerId(flagId, me.id())
                .orElseThrow(() -> new SessionNotFoundException("flag", flagId));
        flag.acknowledge(note, clock.instant(), me.id(), me.displayName(), false);
    }

    /**
     * The client's trainer acknowledges a flag with a note (for example "referred to physio on 12 May"); the client
     * sees the note and the trainer's name. Only a trainer linked to the client now; anyone else gets not found.
     */
    @Transactional
    public void acknowledgeAsTrainer(long clientId, long flagId, String note) {
        long client;
        try {
            client = access.requireCoaching(clientId);
        } catch (PersonNotFoundException notCoaching) {
            throw new SessionNotFoundException("flag", flagId);
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Write a note for your client, for example whom you referred them to.");
        }
        AccountSummary trainer = access.me();
        RaisedFlag flag = flags.findByIdAndOwnerId(flagId, client)
                .orElseThrow(() -> new SessionNotFoundException("flag", flagId));
        flag.acknowledge(note, clock.instant(), trainer.id(), trainer.displayName(), true);
    }

    /** The note limit, for the fields that collect one. */
    public static int flagNoteMaxLength() {
        return RaisedFlag.NOTE_MAX;
    }

    /**
     * A check-in (or a safety stop) just concluded: the referral rules that compare assessments, and a red flag
     * raised at a check-in, are evaluated now rather than at the next logged session.
     */
    @EventListener
    void onAssessmentConcluded(AssessmentConcluded concluded) {
        // Assessments are only ever concluded by the person themselves, signed in.
        currentUser.get().filter(me -> me.id() == concluded.ownerId()).flatMap(me -> programmes.current())
                .ifPresent(p -> evaluateFlags(concluded.ownerId(), p));
    }

    /** A questionnaire was answered: the no-progress rule reads it, so the flags are evaluated now. */
    @EventListener
    void onMainOutcomeRecorded(MainOutcomeRecorded recorded) {
        currentUser.get().filter(me -> me.id() == recorded.personId()).flatMap(me -> programmes.current())
                .ifPresent(p -> evaluateFlags(recorded.personId(), p));
    }

    /** The safety-screen questions, for "I got hurt / something changed". */
    public List<SafetyFlag> safetyQuestions() {
        return content.catalogue().safetyQuestions();
    }

    /**
     * "I got hurt / something changed": the safety screen answered again. Every report is stored as a flag (a red
     * flag per question answered yes, otherwise a reported change) and pauses progression until acknowledged;
     * logging stays possible. Not de-duplicated against earlier flags: each report is a new event.
     *
     * @param yes         ids of the safety questions answered yes
     * @param description what happened, in the person's words (optional, at most {@link #REPORT_MAX_LENGTH})
     * @return the flags raised
     */
    @Transactional
    public List<OpenFlag> reportChange(Set<String> yes, String description) {
        long me = me().id();
        if (description != null && description.length() > REPORT_MAX_LENGTH) {
            throw new IllegalArgumentException("Say what happened in at most " + REPORT_MAX_LENGTH + " characters");
        }
        for (String id : yes) {
            if (content.catalogue().safetyFlag(id).isEmpty()) {
                throw new IllegalArgumentException("Unknown safety question " + id);
            }
        }
        Instant now = clock.instant();
        return referral.reported(today(), yes, description).stream()
                .map(flag -> flags.save(new RaisedFlag(me, flag, now)))
                .map(TrackingService::open).toList();
    }

    private static OpenFlag open(RaisedFlag f) {
        return new OpenFlag(f.getId(), f.getKind(), f.getSeen(), f.getWhyItMatters(), f.getProfessional(),
                f.isStopsExercise(), f.getRaisedAt());
    }

    /**
     * Evaluates the referral rules and stores every flag not raised before (the same kind and observation); an
     * acknowledged flag comes back only when something new is seen.
     */
    private ReferralFlags.Result evaluateFlags(long me, ProgrammeDetails programme) {
        if (programme == null) {
            return new ReferralFlags.Result(List.of());
        }
        LocalDate today = today();
        // A new programme after each check-in is the normal course, so "no progress across weeks and
        // reassessments" counts from the first programme and the first assessment, not the current version's.
        LocalDate start = programmes.history().stream().map(TrackingService::start).min(LocalDate::compareTo)
                .orElse(start(programme));
        List<SessionLog> logs = sessions.findByOwnerIdOrderBySessionDateAsc(me).stream().map(this::engineLog).toList();
        List<String> safety = new ArrayList<>();
        assessments.latestConcluded().filter(a -> a.status() == AssessmentStatus.STOPPED)
                .filter(a -> a.finishedAt() != null && !a.finishedAt().isBefore(programme.createdAt()))
                .ifPresent(a -> assessments.get(a.id()).raisedFlags().stream().map(SafetyFlag::id).forEach(safety::add));
        StalledOutcomes stalled = noProgressChecks.orderedStream().map(c -> c.stalled(me, start, today))
                .flatMap(Optional::stream).findFirst().orElse(null);
        ReferralFlags.Result result = referral.evaluate(new ReferralInput(today, start, logs, engineCheckIns(me),
                safety, Adherence.plannedDates(days(programme), start, today), sinceBaseline(me), stalled));
        List<RaisedFlag> known = flags.findByOwnerIdOrderByRaisedAtDesc(me);
        Instant now = clock.instant();
        Set<String> added = new HashSet<>();
        for (Flag flag : result.flags()) {
            // A rule that keeps firing updates its open flag rather than stacking a new one per session; red flags
            // are one per safety question, so each stays its own.
            Optional<RaisedFlag> open = flag.kind() == Flag.Kind.RED_FLAG ? Optional.empty()
                    : known.stream().filter(f -> f.isOpen() && f.getKind() == flag.kind()).findFirst();
            if (open.isPresent()) {
                open.get().observe(flag);
            } else if (known.stream().noneMatch(f -> f.sameAs(flag)) && added.add(flag.kind() + flag.seen())) {
                flags.save(new RaisedFlag(me, flag, now));
            }
        }
        return result;
    }

    /**
     * The person's first completed assessment and every check-in after it, oldest first, so the no-progress and
     * worsening rules see the measures change (or not) across reassessments, whichever programme version is current.
     */
    private List<Answers> sinceBaseline(long me) {
        return assessments.concluded(me).stream().filter(a -> a.status() == AssessmentStatus.COMPLETED)
                .map(AssessmentDetails::answers).toList();
    }

    // --- mapping -------------------------------------------------------------------------------------------------

    private SessionLog engineLog(TrainingSession s) {
        return new SessionLog(s.getSessionDate(), s.getExercises());
    }

    private boolean editable(TrainingSession s) {
        return clock.instant().isBefore(s.getLoggedAt().plus(EDIT_WINDOW));
    }

    private SessionSummary summary(TrainingSession s) {
        List<ExerciseLog> logs = s.getExercises();
        int done = (int) logs.stream().filter(ExerciseLog::wasDone).count();
        int maxPain = logs.stream().mapToInt(ExerciseLog::maxPain).max().orElse(0);
        return new SessionSummary(s.getId(), s.getSessionDate(), s.getSessionNumber(), done, logs.size(), maxPain,
                trackingSummary(logs), s.getEditedAt(), editable(s));
    }

    /** "Good", or how many sets caved in or were unsure. */
    static String trackingSummary(List<ExerciseLog> logs) {
        List<SetLog> sets = logs.stream().flatMap(l -> l.sets().stream()).toList();
        if (sets.isEmpty()) {
            return "–";
        }
        long caved = sets.stream().filter(s -> s.tracking() == KneeTracking.CAVED).count();
        long unsure = sets.stream().filter(s -> s.tracking() == KneeTracking.NOT_SURE).count();
        if (caved == 0 && unsure == 0) {
            return "Good";
        }
        List<String> parts = new ArrayList<>();
        if (caved > 0) {
            parts.add("caved in " + caved + (caved == 1 ? " set" : " sets"));
        }
        if (unsure > 0) {
            parts.add("not sure in " + unsure + (unsure == 1 ? " set" : " sets"));
        }
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private SessionDetails details(TrainingSession s) {
        return new SessionDetails(s.getId(), s.getSessionDate(), s.getSessionNumber(), s.getLoggedAt(),
                s.getEditedAt(), editable(s), s.getPrescribed(),
                s.getExercises(), s.getDecisions());
    }
}
