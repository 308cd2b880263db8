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

    /** An applied override: {@code replacementId} now stands where {@code exerciseId} was prescribed. */
    public record Change(String exerciseId, String replacementId, String madeByName, boolean madeByTrainer,
                         Instant madeAt, String reason) {
    }

    /** The change that put this exercise into the programme, if it was not prescribed by the engine. */
    public Optional<Change> changeThatAdded(String exerciseId) {
        return changes.stream().filter(c -> c.replacementId().equals(exerciseId)).reduce((first, last) -> last);
    }
}
