package com.kneeline.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How one answer was measured with the video tool: the method and each squat's value. The answer itself is the
 * average and stays in the assessment's answers; this is kept beside it only while the answer still matches it.
 */
@Embeddable
public class VideoMeasurement {

    public static final int MAX_TRIALS = 10;
    static final int TRIALS_MAX_LENGTH = 200;

    /** Who placed the points: the person by hand, the pose model (the person confirmed or moved them), or both. */
    public enum Method {
        MANUAL("placed by hand"), AUTOMATIC("suggested by KneeLine's pose model and checked by you"),
        MIXED("some placed by hand, some suggested by the pose model");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** The tool's own word for it: "manual", "automatic" or "mixed". */
        public static Method fromTool(String word) {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 10)
    private Method method;

    /** Each squat's value in degrees, one decimal, separated by spaces. */
    @Column(name = "trials", nullable = false, length = TRIALS_MAX_LENGTH)
    private String trials;

    /** The answer this measurement produced, as stored; a different answer later means it was typed over. */
    @Column(name = "answer_value", nullable = false, length = 20)
    private String answerValue;

    protected VideoMeasurement() {
    }

    public VideoMeasurement(Method method, List<Double> trials, String answerValue) {
        this.method = method;
        this.trials = String.join(" ", trials.stream().map(VideoMeasurement::oneDecimal).toList());
        this.answerValue = answerValue;
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public Method method() {
        return method;
    }

    public List<Double> trials() {
        return trials.isBlank() ? List.of() : Arrays.stream(trials.split(" ")).map(Double::valueOf).toList();
    }

    public String answerValue() {
        return answerValue;
    }
}
