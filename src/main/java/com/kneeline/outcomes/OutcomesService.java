package com.kneeline.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.kneeline.account.PersonAccess;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Measure;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.PerformanceKind;
import com.kneeline.content.model.PerformanceTest;
import com.kneeline.content.model.Prom;
import com.kneeline.content.model.PromAnswer;
import com.kneeline.content.model.WorseSide;
import com.kneeline.outcomes.engine.ChangeOutcome;
import com.kneeline.outcomes.engine.GateVerdict;
import com.kneeline.outcomes.engine.OutcomesNoProgress;
import com.kneeline.outcomes.engine.MeaningfulChange;
import com.kneeline.outcomes.engine.OutcomeGatesEngine;
import com.kneeline.outcomes.engine.OutcomeGatesEngine.HopResult;
import com.kneeline.outcomes.engine.OutcomeGatesEngine.SideChecks;
import com.kneeline.outcomes.engine.PromScorer;
import com.kneeline.outcomes.engine.Symmetry;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.tracking.MeasureProgress;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.base.Dates;
import com.kneeline.tracking.ReferralFlagService;
import com.kneeline.tracking.TrainingHistoryService;

/**
 * The outcomes feature's public API: answering the questionnaires and the global rating, recording performance
 * tests (hop tests only while their gate is open), and the overview with the gates' verdicts. Reads of someone's
 * data go through {@link PersonAccess}; time comes from the injected clock.
 */
@Service
public class OutcomesService {

    /** How far back the latest session pain counts for the hop-test gate. */
    private static final int PAIN_LOOK_BACK_DAYS = 14;

    private final OutcomesContent content;
    private final PromResponseRepository responses;
    private final GlobalRatingRepository ratings;
    private final PerformanceResultRepository results;
    private final PersonAccess access;
    private final AssessmentService assessments;
    private final ReassessmentService reassessments;
    private final ReferralFlagService flags;
    private final TrainingHistoryService history;
    private final ProgrammeService programmes;
    private final ContentService catalogue;
    private final Clock clock;

    OutcomesService(OutcomesContent content, PromResponseRepository responses, GlobalRatingRepository ratings,
            PerformanceResultRepository results, PersonAccess access, AssessmentService assessments,
            ReassessmentService reassessments, ReferralFlagService flags, TrainingHistoryService history,
            ProgrammeService programmes, ContentService catalogue, Clock clock) {
        this.content = content;
        this.responses = responses;
        this.ratings = ratings;
        this.results = results;
        this.access = access;
        this.assessments = assessments;
        this.reassessments = reassessments;
        this.flags = flags;
        this.history = history;
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public OutcomesContent content() {
        return content;
    }

    private LocalDate today() {
        return Dates.today(clock);
    }

    @Transactional(readOnly = true)
    public OutcomesOverview overview() {
        return overview(access.me().id());
    }

    /** The person's outcomes, for them or their linked trainer. */
    @Transactional(readOnly = true)
    public OutcomesOverview overview(long personId) {
        long id = access.requireReadable(personId);
        List<PromResponse> all = responses.findByPersonIdOrderByAnsweredOnAscIdAsc(id);
        List<OutcomesOverview.PromSeries> proms = new ArrayList<>();
        for (Prom p : content.proms()) {
            List<OutcomesOverview.Score> scores = all.stream().filter(r -> r.getPromId().equals(p.id()))
                    .map(r -> new OutcomesOverview.Score(r.getAnsweredOn(), r.getScore())).toList();
            proms.add(new OutcomesOverview.PromSeries(p, scores, scores.size() < 2 ? null
                    : MeaningfulChange.of(scores.get(0).value(), scores.get(scores.size() - 1).value(), p.mcid())));
        }
        List<OutcomesOverview.Rating> rated = ratings.findByPersonIdOrderByAnsweredOnAscIdAsc(id).stream()
                .map(r -> content.globalRating().answers().stream().filter(a -> a.id().equals(r.getAnswerId()))
                        .findFirst().map(a -> new OutcomesOverview.Rating(r.getAnsweredOn(), a.label(), a.points())))
                .flatMap(Optional::stream).toList();
        List<PerformanceResult> done = results.findByPersonIdOrderByTestedOnAscIdAsc(id);
        List<OutcomesOverview.TestSeries> tests = content.performanceTests().stream()
                .map(t -> new OutcomesOverview.TestSeries(t, done.stream().filter(r -> r.getTestId().equals(t.id()))
                        .map(r -> result(t, r)).toList()))
                .toList();
        Optional<LocalDate> lastAnswered = all.stream().map(PromResponse::getAnsweredOn).max(LocalDate::compareTo);
        Optional<LocalDate> lastCheckIn = assessments.latestCompleted(id).map(AssessmentSummary::finishedAt)
                .filter(java.util.Objects::nonNull).map(i -> Dates.day(i));
        boolean due = lastAnswered.isEmpty()
                || lastCheckIn.filter(c -> c.isAfter(lastAnswered.get())).isPresent();
        GateVerdict rts = OutcomeGatesEngine.returnToSport(content.gates().returnToSport(), content.hopTests(),
                latestHops(done));
        MeasureProgress measures = reassessments.progress(id);
        List<String> exercises = rts.met() ? content.maintenance().exercises().stream()
                .map(e -> catalogue.catalogue().exercise(e).map(x -> x.name()).orElse(e)).toList() : List.of();
        return new OutcomesOverview(proms, rated, tests, hopGate(id), speedGate(id, done), rts, due,
                due && lastAnswered.isPresent(), rts.met() ? content.maintenance() : null, exercises,
                noProgress(id, all, proms, measures) ? catalogue.catalogue().referral().noProgress() : null);
    }

    /** The no-progress referral on the main outcomes: questionnaires, single-leg squat and FPPA when measured. */
    private boolean noProgress(long id, List<PromResponse> all, List<OutcomesOverview.PromSeries> proms,
            MeasureProgress measures) {
        var gate = content.gates().speedEntry();
        List<ChangeOutcome> promChanges = proms.stream().map(OutcomesOverview.PromSeries::sinceFirst)
                .filter(java.util.Objects::nonNull).toList();
        List<ChangeOutcome> others = measures.changes().stream()
                .filter(c -> c.measureId().equals(gate.singleLegSquatMeasure()) || c.measureId().equals(gate.fppaMeasure()))
                .map(c -> ChangeOutcome.valueOf(c.sinceBaseline().name())).toList();
        LocalDate first = all.isEmpty() ? null : all.get(0).getAnsweredOn();
        return OutcomesNoProgress.refer(catalogue.catalogue().referral().noProgress(), today(), first, promChanges,
                others);
    }

    /**
     * What still stops {@code phaseId} from beginning for the person, in plain sentences: for the speed phase, the
     * knee in line on a measured check and step-down quality. Empty for other phases.
     */
    @Transactional(readOnly = true)
    public List<String> phaseEntryStillNeeded(long personId, String phaseId) {
        if (!content.gates().speedEntry().phase().equals(phaseId)) {
            return List.of();
        }
        long id = access.requireReadable(personId);
        GateVerdict v = speedGate(id, results.findByPersonIdOrderByTestedOnAscIdAsc(id));
        return GateWords.reasons(v, content);
    }

    /** Scores and saves a questionnaire for the signed-in person; refuses one with too many items unanswered. */
    @Transactional
    public double answer(String promId, Map<String, String> answers) {
        Prom prom = content.prom(promId).orElseThrow(() -> new OutcomeInputException("Unknown questionnaire"));
        Map<String, String> given = new LinkedHashMap<>(answers);
        given.values().removeIf(java.util.Objects::isNull);
        double score = PromScorer.score(prom, given).orElseThrow(() -> new OutcomeInputException(
                prom.maxMissing() == 0 ? "Please answer every question."
                        : "Please answer at least " + (prom.items().size() - prom.maxMissing()) + " of the "
                        + prom.items().size() + " questions."));
        responses.save(new PromResponse(access.me().id(), promId, today(), score, given, clock.instant()));
        return score;
    }

    /** Saves the signed-in person's global rating of change. */
    @Transactional
    public void rateChange(String answerId) {
        PromAnswer a = content.globalRating().answers().stream().filter(x -> x.id().equals(answerId)).findFirst()
                .orElseThrow(() -> new OutcomeInputException("Please choose one answer."));
        ratings.save(new GlobalRatingEntry(access.me().id(), today(), a.id(), a.points(), clock.instant()));
    }

    /**
     * Records a performance test on both legs. Values outside the test's range are refused; hop tests only while
     * the hop-test gate is open (clear safety screen, pain within limits, a single-leg phase).
     */
    @Transactional
    public void record(String testId, InvolvedSide involved, double left, double right) {
        PerformanceTest t = content.performanceTest(testId)
                .orElseThrow(() -> new OutcomeInputException("Unknown test"));
        for (double v : new double[] {left, right}) {
            if (!t.range().contains(v) || (t.kind() == PerformanceKind.HOP && v <= 0)) {
                throw new OutcomeInputException("Enter a value from " + fmt(Math.max(t.range().min(), 0)) + " to "
                        + fmt(t.range().max()) + " " + t.unit() + ".");
            }
        }
        long me = access.me().id();
        if (t.kind() == PerformanceKind.HOP && !hopGate(me).met()) {
            throw new OutcomeInputException("Hop tests are not open to you yet; see why on this page.");
        }
        results.save(new PerformanceResult(me, testId, today(), involved, left, right, clock.instant()));
    }

    private GateVerdict hopGate(long id) {
        boolean clear = flags.openFlags(id).stream().noneMatch(OpenFlag::stopsExercise);
        List<TrainingHistoryService.PainPoint> pain = history.painOverTime(id, PAIN_LOOK_BACK_DAYS).stream()
                .filter(TrainingHistoryService.PainPoint::done).toList();
        Integer latestPain = pain.isEmpty() ? null : pain.get(pain.size() - 1).maxPain();
        String phase = programmes.current(id).map(p -> p.programme().phaseId()).orElse(null);
        return OutcomeGatesEngine.hopTesting(content.gates().hopTesting(), clear, latestPain, phase);
    }

    /**
     * The speed-phase gate on the latest completed assessment (baseline or check-in): FPPA when it was measured,
     * otherwise the single-leg squat criteria, and the latest step-down scores.
     */
    private GateVerdict speedGate(long id, List<PerformanceResult> done) {
        var gate = content.gates().speedEntry();
        Optional<Answers> answers = assessments.latestCompleted(id).map(a -> assessments.get(id, a.id()).answers());
        Measure fppa = catalogue.catalogue().measure(gate.fppaMeasure()).orElseThrow();
        Measure sls = catalogue.catalogue().measure(gate.singleLegSquatMeasure()).orElseThrow();
        Optional<PerformanceResult> stepDown = latest(done, gate.stepDownTest());
        List<SideChecks> sides = new ArrayList<>();
        for (Side side : Side.values()) {
            Double angle = answers.flatMap(a -> a.raw(fppa.input(), side)).map(OutcomesService::number).orElse(null);
            Boolean passed = answers.map(a -> slsPassed(sls, a, side)).orElse(null);
            Integer step = stepDown.map(r -> (int) Math.round(side == Side.LEFT ? r.getLeftValue() : r.getRightValue()))
                    .orElse(null);
            sides.add(new SideChecks(side.label(), angle, passed, step));
        }
        return OutcomeGatesEngine.speedEntry(gate, sides);
    }

    /** The pass-fail measure's rule: passes with at most the content's number of positive criteria; null if unanswered. */
    private static Boolean slsPassed(Measure sls, Answers a, Side side) {
        int positive = 0;
        for (String criterion : sls.criteria()) {
            Optional<String> v = a.raw(criterion, side);
            if (v.isEmpty()) {
                return null;
            }
            if (v.get().strip().toLowerCase(java.util.Locale.ROOT).equals(Answers.YES)) {
                positive++;
            }
        }
        return positive <= sls.passWhenPositiveAtMost();
    }

    private static Double number(String raw) {
        try {
            return Double.valueOf(raw.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private Map<String, HopResult> latestHops(List<PerformanceResult> done) {
        Map<String, HopResult> out = new LinkedHashMap<>();
        for (PerformanceTest t : content.hopTests()) {
            latest(done, t.id()).ifPresent(r -> out.put(t.id(), hop(t, r)));
        }
        return out;
    }

    private static Optional<PerformanceResult> latest(List<PerformanceResult> done, String testId) {
        return done.stream().filter(r -> r.getTestId().equals(testId)).reduce((a, b) -> b);
    }

    /** The involved leg against the other; with both knees involved, the weaker leg against the stronger. */
    static HopResult hop(PerformanceTest t, PerformanceResult r) {
        double l = r.getLeftValue();
        double rt = r.getRightValue();
        return switch (r.getInvolvedSide()) {
            case LEFT -> new HopResult(l, rt);
            case RIGHT -> new HopResult(rt, l);
            case BOTH -> t.worse() == WorseSide.HIGHER
                    ? new HopResult(Math.max(l, rt), Math.min(l, rt)) : new HopResult(Math.min(l, rt), Math.max(l, rt));
        };
    }

    private static OutcomesOverview.Result result(PerformanceTest t, PerformanceResult r) {
        Double lsi = null;
        Double diff = null;
        boolean meaningful = false;
        String band = null;
        switch (t.kind()) {
            case HOP -> {
                HopResult h = hop(t, r);
                lsi = Symmetry.lsi(t, h.involved(), h.uninvolved());
            }
            case REACH -> {
                diff = r.getLeftValue() - r.getRightValue();
                meaningful = Symmetry.reachDifferenceMeaningful(t, r.getLeftValue(), r.getRightValue());
            }
            case QUALITY_SCORE -> {
                int worse = (int) Math.round(Math.max(r.getLeftValue(), r.getRightValue()));
                band = t.bands().stream().filter(b -> worse >= b.min() && worse <= b.max()).findFirst()
                        .map(b -> b.label()).orElse(null);
            }
        }
        return new OutcomesOverview.Result(r.getTestedOn(), r.getInvolvedSide(), r.getLeftValue(), r.getRightValue(),
                lsi, diff, meaningful, band);
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
