package com.kneeline.assessment;

import java.util.List;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.content.model.VideoMeasure;

/** An answer measured with the video tool: what it measures, how, each squat's value and the stored average. */
public record MeasuredAnswer(AnswerKey key, String label, VideoMeasure kind, VideoMeasurement.Method method,
                             List<Double> trials, String value) {

    public MeasuredAnswer {
        trials = List.copyOf(trials);
    }

    /** Largest minus smallest trial: how much the squats disagree. */
    public double spread() {
        return trials.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - trials.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
