package com.kneeline.assessment;

import java.util.Arrays;
import java.util.List;

import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.Strength;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A finding as it was concluded when the assessment finished, with the evidence sentences shown at the time. */
@Embeddable
public class RecordedFinding {

    /** Evidence sentences are stored one per line; the content's explanations are single sentences. */
    private static final String LINE = "\n";
    static final int EVIDENCE_MAX_LENGTH = 4000;

    @Column(name = "finding_id", nullable = false, length = 60)
    private String findingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", length = 10)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(name = "strength", nullable = false, length = 10)
    private Strength strength;

    @Column(name = "evidence", nullable = false, length = EVIDENCE_MAX_LENGTH)
    private String evidence;

    protected RecordedFinding() {
    }

    public RecordedFinding(String findingId, Side side, Strength strength, List<String> evidence) {
        this.findingId = findingId;
        this.side = side;
        this.strength = strength;
        String joined = String.join(LINE, evidence.stream().map(s -> s.replace(LINE, " ")).toList());
        this.evidence = joined.length() > EVIDENCE_MAX_LENGTH ? joined.substring(0, EVIDENCE_MAX_LENGTH) : joined;
    }

    public String findingId() {
        return findingId;
    }

    /** {@code null} when the finding is not about one side. */
    public Side side() {
        return side;
    }

    public Strength strength() {
        return strength;
    }

    public List<String> evidence() {
        return evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split(LINE));
    }
}
