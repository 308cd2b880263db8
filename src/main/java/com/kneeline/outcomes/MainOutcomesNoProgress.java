package com.kneeline.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.kneeline.account.PersonAccess;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.content.model.Prom;
import com.kneeline.outcomes.engine.ChangeOutcome;
import com.kneeline.outcomes.engine.MeaningfulChange;
import com.kneeline.outcomes.engine.OutcomesNoProgress;
import com.kneeline.outcomes.engine.OutcomesNoProgress.Compared;
import com.kneeline.tracking.MeasureProgress;
import com.kneeline.tracking.NoProgressCheck;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.engine.MeasureChange;
import com.kneeline.tracking.engine.StalledOutcomes;

/**
 * Gives the tracker's no-progress referral flag its verdict on the main outcomes: each questionnaire from its first
 * to its latest score (against its MCID), and the single-leg squat and FPPA from the baseline to the latest
 * check-in (against their real change). The rule is {@link OutcomesNoProgress}; this only gathers its input.
 */
@Component
class MainOutcomesNoProgress implements NoProgressCheck {

    private final OutcomesContent content;
    private final PromResponseRepository responses;
    private final ReassessmentService reassessments;
    private final ContentService catalogue;
    private final PersonAccess access;

    MainOutcomesNoProgress(OutcomesContent content, PromResponseRepository responses,
            ReassessmentService reassessments, ContentService catalogue, PersonAccess access) {
        this.content = content;
        this.responses = responses;
        this.reassessments = reassessments;
        this.catalogue = catalogue;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StalledOutcomes> stalled(long personId, LocalDate programmeStart, LocalDate today) {
        long id = access.requireReadable(personId);
        List<PromResponse> answered = responses.findByPersonIdOrderByAnsweredOnAscIdAsc(id);
        MeasureProgress measures = reassessments.progress(id);
        int checkIns = Math.max(0, measures.assessments().size() - 1);
        List<Compared> compared = new ArrayList<>();
        for (Prom p : content.proms()) {
            List<PromResponse> scores = answered.stream().filter(r -> r.getPromId().equals(p.id())).toList();
            if (scores.size() >= 2) {
                compared.add(new Compared(p.name(), MeaningfulChange.of(scores.get(0).getScore(),
                        scores.get(scores.size() - 1).getScore(), p.mcid())));
            }
        }
        var gate = content.gates().speedEntry();
        for (MeasureChange c : measures.changes()) {
            boolean squat = c.measureId().equals(gate.singleLegSquatMeasure());
            // a single-leg squat that passed at the start has nothing to improve on
            if (squat && !Boolean.TRUE.equals(c.baselinePassed()) || c.measureId().equals(gate.fppaMeasure())) {
                compared.add(new Compared(c.name() + (c.side() == null ? "" : " (" + c.side().label()
                        .toLowerCase(java.util.Locale.ROOT) + ")"), ChangeOutcome.valueOf(c.sinceBaseline().name())));
            }
        }
        return OutcomesNoProgress.judge(catalogue.catalogue().referral().noProgress(), programmeStart, today, checkIns,
                awaitingQuestionnaires(answered, measures, today), compared)
                .map(s -> new StalledOutcomes(s.weeks(), s.checkIns(), s.outcomes()));
    }

    /**
     * A person who answers the questionnaires has not yet answered them since the latest check-in, and that
     * check-in is within the content's wait: the verdict waits for them.
     */
    private boolean awaitingQuestionnaires(List<PromResponse> answered, MeasureProgress measures, LocalDate today) {
        if (answered.isEmpty() || measures.assessments().size() < 2) {
            return false;
        }
        LocalDate checkIn = measures.latest().orElseThrow().date();
        LocalDate lastAnswered = answered.get(answered.size() - 1).getAnsweredOn();
        return lastAnswered.isBefore(checkIn)
                && ChronoUnit.DAYS.between(checkIn, today) < content.gates().noProgress().questionnaireWaitDays();
    }
}
