package com.kneeline.assessment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Input;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how answers were measured with the video tool ("Measure from my video"). Only numbers arrive here: the
 * video stays in the person's browser. The average becomes the answer when the person saves the step.
 */
@Service
public class VideoMeasurementService {

    private final AssessmentRepository repository;
    private final ContentService content;
    private final CurrentUser currentUser;
    private final PersonAccess access;
    private final Clock clock;

    VideoMeasurementService(AssessmentRepository repository, ContentService content, CurrentUser currentUser,
                            PersonAccess access, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Records a measurement on the signed-in person's draft and returns the answer to put in the field: the
     * average of the trials, one decimal.
     *
     * @throws IllegalArgumentException with a message for the person when the trials do not fit the answer
     */
    @Transactional
    public String record(long assessmentId, AnswerKey key, VideoMeasurement.Method method, List<Double> trials) {
        Assessment assessment = repository.findByIdAndOwnerId(assessmentId, me())
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
        Input input = content.catalogue().input(key.inputId())
                .filter(i -> i.measuredFromVideo() != null && i.isPerSide() == (key.side() != null))
                .orElseThrow(() -> new IllegalStateException("Not an answer the video tool measures: " + key));
        if (trials.isEmpty() || trials.size() > VideoMeasurement.MAX_TRIALS) {
            throw new IllegalArgumentException("Measure between 1 and " + VideoMeasurement.MAX_TRIALS + " squats.");
        }
        for (double trial : trials) {
            if (!Double.isFinite(trial) || trial < input.min() || trial > input.max()) {
                throw new IllegalArgumentException("A squat measured " + VideoMeasurement.oneDecimal(trial) + " degrees, "
                        + "outside what this answer takes (" + VideoMeasurement.oneDecimal(input.min()) + " to "
                        + VideoMeasurement.oneDecimal(input.max()) + "). Check the points on that squat, or remove it.");
            }
        }
        String value = VideoMeasurement.oneDecimal(trials.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        assessment.recordVideoMeasurement(key.storageKey(), new VideoMeasurement(method, trials, value), clock.instant());
        return value;
    }

    private long me() {
        return currentUser.get().map(AccountSummary::id)
                .orElseThrow(() -> new IllegalStateException("Measurements need a signed-in account"));
    }

    /** The signed-in person's own assessment's video-measured answers. */
    @Transactional(readOnly = true)
    public List<MeasuredAnswer> measured(long assessmentId) {
        return measuredOf(me(), assessmentId);
    }

    /** The video-measured answers of one assessment, for the person or their trainer, in the content's order. */
    @Transactional(readOnly = true)
    public List<MeasuredAnswer> measured(long personId, long assessmentId) {
        try {
            return measuredOf(access.requireReadable(personId), assessmentId);
        } catch (PersonNotFoundException notVisible) {
            throw new AssessmentNotFoundException(assessmentId);
        }
    }

    private List<MeasuredAnswer> measuredOf(long owner, long assessmentId) {
        Assessment assessment = repository.findByIdAndOwnerId(assessmentId, owner)
                .orElseThrow(() -> new AssessmentNotFoundException(assessmentId));
        List<String> order = content.catalogue().tests().stream().flatMap(t -> t.inputs().stream()).map(Input::id).toList();
        return assessment.getVideoMeasurements().entrySet().stream()
                .map(e -> toAnswer(AnswerKey.parse(e.getKey()), e.getValue()))
                .filter(m -> m != null)
                .sorted(Comparator.comparing((MeasuredAnswer m) -> order.indexOf(m.key().inputId()))
                        .thenComparing(m -> m.key().side()))
                .toList();
    }

    private MeasuredAnswer toAnswer(AnswerKey key, VideoMeasurement m) {
        return content.catalogue().input(key.inputId())
                .map(input -> new MeasuredAnswer(key, input.label(), input.measuredFromVideo(), m.method(), m.trials(),
                        m.answerValue()))
                .orElse(null);
    }
}
