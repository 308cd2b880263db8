package com.kneeline.prescription.engine;

import java.util.List;
import java.util.Set;

import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.FindingsEngine;
import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;

/** The bundled pack, the engines over it, and requests built from assessment answers. */
final class Rx {

    static final ContentCatalogue CATALOGUE = new ContentPackLoader()
            .load(PackSource.classpath(Rx.class.getClassLoader(), "kneeline-content"));
    static final FindingsEngine FINDINGS = new FindingsEngine(CATALOGUE);
    static final PrescriptionEngine ENGINE = new PrescriptionEngine(CATALOGUE);
    static final Set<String> ALL_EQUIPMENT = Set.of("band", "weights", "step", "gym");

    private Rx() {
    }

    /** A request from answers: findings and raised flags as the assessment engine reports them. */
    static PrescriptionRequest request(Answers answers, Set<String> equipment, int minutes, int sessions,
            Set<Side> affected) {
        List<InferredFinding> findings = FINDINGS.infer(answers);
        Set<String> flags = Set.copyOf(FINDINGS.screen(answers, RequestGenerators.YEAR, Set.of()).raised().stream().map(f -> f.id()).toList());
        return new PrescriptionRequest(findings, flags, answers, equipment, minutes, sessions, affected);
    }

    static PrescriptionRequest request(Answers answers) {
        return request(answers, ALL_EQUIPMENT, 45, 3, Set.of());
    }

    static Programme prescribe(Answers answers) {
        return ENGINE.prescribe(request(answers));
    }
}
