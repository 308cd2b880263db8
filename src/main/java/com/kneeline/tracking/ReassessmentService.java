package com.kneeline.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.kneeline.base.Dates;
import com.kneeline.account.PersonAccess;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.IntRange;
import com.kneeline.content.model.Measure;
import com.kneeline.content.model.MeasureKind;
import com.kneeline.content.model.Reassessment;
import com.kneeline.tracking.engine.Comparison;
import com.kneeline.tracking.engine.MeasureChange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reassessment (check-in) scheduling and the comparison of measures over check-ins. The interval defaults to the
 * content's and may be changed within its allowed range; the next check-in is due the interval after the last
 * completed assessment. Methods without a person id work on the signed-in person; those with one are for a
 * trainer view too and refuse anyone the signed-in account may not see ({@link PersonAccess}).
 */
@Service
public class ReassessmentService {

    private final ReassessmentScheduleRepository schedules;
    private final AssessmentService assessments;
    private final ContentService content;
    private final PersonAccess access;
    private final Clock clock;
    private final Comparison comparison;

    ReassessmentService(ReassessmentScheduleRepository schedules, AssessmentService assessments,
                        ContentService content, PersonAccess access, Clock clock) {
        this.schedules = schedules;
        this.assessments = assessments;
        this.content = content;
        this.access = access;
        this.clock = clock;
        this.comparison = new Comparison(content.catalogue());
    }

    private Reassessment rules() {
        return content.catalogue().referral().reassessment();
    }

    /** The intervals a person may choose, in weeks (content: {@code allowed-interval-weeks}). */
    public IntRange allowedIntervalWeeks() {
        return rules().allowedIntervalWeeks();
    }

    // --- schedule ------------------------------------------------------------------------------------------------

    /** The signed-in person's check-in status; empty before a first completed assessment or while on hold. */
    @Transactional(readOnly = true)
    public Optional<ReassessmentStatus> status() {
        return statusOf(access.me().id());
    }

    /** A person's check-in status, for themselves or their trainer. */
    @Transactional(readOnly = true)
    public Optional<ReassessmentStatus> status(long personId) {
        return statusOf(access.requireReadable(personId));
    }

    private Optional<ReassessmentStatus> statusOf(long personId) {
        List<AssessmentDetails> concluded = assessments.concluded(personId);
        if (concluded.isEmpty() || concluded.get(concluded.size() - 1).status() != AssessmentStatus.COMPLETED) {
            // Nothing to repeat yet, or the safety screen stopped the last one: a professional comes first.
            return Optional.empty();
        }
        Instant finished = concluded.get(concluded.size() - 1).finishedAt();
        LocalDate last = LocalDate.ofInstant(finished, Dates.ZONE);
        Optional<ReassessmentSchedule> schedule = schedules.findByOwnerId(personId);
        int weeks = schedule.map(ReassessmentSchedule::getIntervalWeeks).orElse(rules().defaultIntervalWeeks());
        LocalDate due = last.plusWeeks(weeks);
        LocalDate overdueFrom = due.plusDays(rules().dueWindowDays());
        Instant requested = schedule.map(ReassessmentSchedule::getRequestedAt)
                .filter(at -> at.isAfter(finished)).orElse(null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.ZONE);
        ReassessmentStatus.State state = requested != null ? ReassessmentStatus.State.REQUESTED
                : today.isBefore(due) ? ReassessmentStatus.State.UPCOMING
                : today.isBefore(overdueFrom) ? ReassessmentStatus.State.DUE
                : ReassessmentStatus.State.OVERDUE;
        ReassessmentStatus.IntervalSetBy setBy = schedule.filter(sc -> sc.getIntervalSetAt() != null)
                .map(sc -> new ReassessmentStatus.IntervalSetBy(sc.getIntervalSetByName(), sc.isIntervalSetByTrainer(),
                        sc.getIntervalSetAt())).orElse(null);
        return Optional.of(new ReassessmentStatus(state, last, due, overdueFrom, weeks, requested, setBy));
    }

    /** The signed-in person's interval in weeks: their own choice, or the content's default. */
    @Transactional(readOnly = true)
    public int intervalWeeks() {
        return schedules.findByOwnerId(access.me().id()).map(ReassessmentSchedule::getIntervalWeeks)
                .orElse(rules().defaultIntervalWeeks());
    }

    /**
     * Sets the signed-in person's interval.
     *
     * @throws IllegalArgumentException outside the content's allowed range (the message says the range)
     */
    @Transactional
    public void changeInterval(int weeks) {
        setInterval(access.me().id(), weeks, false);
    }

    /** A trainer sets their client's interval (within the content's range); the client sees the new due date. */
    @Transactional
    public void changeInterval(long clientId, int weeks) {
        setInterval(access.requireCoaching(clientId), weeks, true);
    }

    /** The person's interval in weeks, for them or their trainer. */
    @Transactional(readOnly = true)
    public int intervalWeeks(long personId) {
        long person = access.requireReadable(personId);
        return schedules.findByOwnerId(person).map(ReassessmentSchedule::getIntervalWeeks)
                .orElse(rules().defaultIntervalWeeks());
    }

    private void setInterval(long person, int weeks, boolean byTrainer) {
        IntRange allowed = allowedIntervalWeeks();
        if (weeks < allowed.min() || weeks > allowed.max()) {
            throw new IllegalArgumentException("Choose between " + allowed.min() + " and " + allowed.max() + " weeks.");
        }
        ReassessmentSchedule schedule = schedules.findByOwnerId(person)
                .orElseGet(() -> schedules.save(new ReassessmentSchedule(person, weeks)));
        schedule.setIntervalWeeks(weeks);
        var me = access.me();
        schedule.setBy(me.id(), me.displayName(), byTrainer, clock.instant());
    }

    /** A trainer asks their linked client for a check-in now; it stands until the client completes one. */
    @Transactional
    public void requestReassessment(long personId) {
        long client = access.requireCoaching(personId);
        markRequested(client, access.me().id(), clock.instant());
    }

    /** The request itself, once access is settled (tests use it directly: no trainer links exist yet). */
    void markRequested(long ownerId, long byAccountId, Instant when) {
        ReassessmentSchedule schedule = schedules.findByOwnerId(ownerId)
                .orElseGet(() -> new ReassessmentSchedule(ownerId, rules().defaultIntervalWeeks()));
        schedule.request(byAccountId, when);
        schedules.save(schedule);
    }

    // --- comparison ----------------------------------------------------------------------------------------------

    /** The signed-in person's measures over their completed assessments. */
    @Transactional(readOnly = true)
    public MeasureProgress progress() {
        return progressOf(access.me().id());
    }

    /** A person's measures over their completed assessments, for themselves or their trainer. */
    @Transactional(readOnly = true)
    public MeasureProgress progress(long personId) {
        return progressOf(access.requireReadable(personId));
    }

    private MeasureProgress progressOf(long personId) {
        List<AssessmentDetails> completed = assessments.concluded(personId).stream()
                .filter(a -> a.status() == AssessmentStatus.COMPLETED).toList();
        List<MeasureProgress.Assessed> dates = completed.stream().map(a -> new MeasureProgress.Assessed(a.id(),
                LocalDate.ofInstant(a.finishedAt(), Dates.ZONE))).toList();
        List<MeasureChange> changes = List.of();
        if (completed.size() >= 2) {
            Answers baseline = completed.get(0).answers();
            Answers latest = completed.get(completed.size() - 1).answers();
            Answers previous = completed.size() >= 3 ? completed.get(completed.size() - 2).answers() : null;
            changes = comparison.compare(baseline, latest, previous);
        }
        List<MeasureProgress.Series> series = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        changes.forEach(c -> shown.add(c.measureId()));
        for (Measure m : content.catalogue().measures()) {
            if (m.kind() != MeasureKind.NUMERIC) {
                continue;
            }
            Optional<Input> input = content.catalogue().input(m.input());
            boolean perSide = input.map(Input::isPerSide).orElse(false);
            for (Side side : perSide ? List.of(Side.LEFT, Side.RIGHT) : java.util.Collections.<Side>singletonList(null)) {
                List<Double> values = new ArrayList<>();
                for (AssessmentDetails a : completed) {
                    Optional<String> raw = side == null ? a.answers().raw(m.input()) : a.answers().raw(m.input(), side);
                    values.add(raw.flatMap(ReassessmentService::number).orElse(null));
                }
                // Charted where it is compared: a value missing at the baseline or the latest has no comparison.
                boolean compared = changes.stream().anyMatch(c -> c.measureId().equals(m.id()) && c.side() == side);
                if (compared) {
                    series.add(new MeasureProgress.Series(m.id(), side, values));
                }
            }
        }
        List<MeasureProgress.MeasureInfo> infos = content.catalogue().measures().stream()
                .filter(m -> shown.contains(m.id()))
                .map(m -> new MeasureProgress.MeasureInfo(m.id(), m.name(), m.kind(),
                        m.kind() == MeasureKind.NUMERIC ? content.catalogue().input(m.input()).map(Input::unit)
                                .orElse(null) : null,
                        m.kind() == MeasureKind.NUMERIC ? m.realChange() : null, m.note()))
                .toList();
        return new MeasureProgress(dates, changes, infos, series);
    }

    private static Optional<Double> number(String raw) {
        try {
            return Optional.of(Double.parseDouble(raw.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
