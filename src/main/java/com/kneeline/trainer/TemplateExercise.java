package com.kneeline.trainer;

import java.util.Objects;

import com.kneeline.prescription.Dose;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a template does to one exercise when the engine prescribes it: use another instead (optional) and/or
 * another dose (null fields keep the plan's).
 */
@Embeddable
public class TemplateExercise {

    @Column(name = "exercise_id", nullable = false, length = 60)
    private String exerciseId;

    @Column(name = "replacement_id", length = 60)
    private String replacementId;

    private Integer sets;

    @Column(name = "range_min")
    private Integer rangeMin;

    @Column(name = "range_max")
    private Integer rangeMax;

    @Column(name = "load_guidance", length = 300)
    private String loadGuidance;

    protected TemplateExercise() {
        // for JPA
    }

    public TemplateExercise(String exerciseId, String replacementId, Dose dose) {
        this.exerciseId = Objects.requireNonNull(exerciseId);
        this.replacementId = replacementId;
        Dose d = dose == null ? Dose.NONE : dose;
        this.sets = d.sets();
        this.rangeMin = d.rangeMin();
        this.rangeMax = d.rangeMax();
        this.loadGuidance = d.loadGuidance();
    }

    public String getExerciseId() {
        return exerciseId;
    }

    public String getReplacementId() {
        return replacementId;
    }

    public Dose getDose() {
        return new Dose(sets, rangeMin, rangeMax, loadGuidance);
    }
}
