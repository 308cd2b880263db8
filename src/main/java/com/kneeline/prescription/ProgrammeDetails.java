package com.kneeline.prescription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.kneeline.prescription.engine.Programme;

/**
 * A programme as the person should follow it: the generated programme with every override applied, and the
 * overrides themselves so screens can say who changed what.
 */
public record ProgrammeDetails(long id, int versionNumber, Instant createdAt, long assessmentId, boolean current,
                               Programme programme, List<Change> changes) {

    public ProgrammeDetails {
        changes = List.copyOf(changes);
    }

    /**
     * An applied override. For a swap {@code replacementId} now stands where {@code exerciseId} was prescribed; a
     * dose names its exercise; week and phase changes name none.
     *
     * @param summary what changed, in plain words ("3 sets · 8–10 reps")
     */
    public record Change(ProgrammeOverride.Kind kind, String exerciseId, String replacementId, String summary,
                         String madeByName, boolean madeByTrainer, Instant madeAt, String reason) {
    }

    /** The change that put this exercise into the programme, if it was not prescribed by the engine. */
    public Optional<Change> changeThatAdded(String exerciseId) {
        return changes.stream().filter(c -> c.kind() == ProgrammeOverride.Kind.SWAP)
                .filter(c -> c.replacementId().equals(exerciseId)).reduce((first, last) -> last);
    }

    /** The latest dose change of this exercise, if any. */
    public Optional<Change> doseChange(String exerciseId) {
        return changes.stream().filter(c -> c.kind() == ProgrammeOverride.Kind.DOSE)
                .filter(c -> c.exerciseId().equals(exerciseId)).reduce((first, last) -> last);
    }

    /** The latest change of this programme-level kind (week or phase), if any. */
    public Optional<Change> latest(ProgrammeOverride.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).reduce((first, last) -> last);
    }
}
