package com.kneeline.tracking;

import java.util.List;

/**
 * A criterion another feature adds to entering a phase (e.g. the outcomes gate for the speed phase). Tracking
 * asks every such bean without knowing the features, so the feature graph keeps pointing one way.
 */
public interface PhaseEntryCheck {

    /** Plain sentences for what does not hold yet before {@code nextPhaseId} may begin; empty when it may. */
    List<String> stillNeeded(long personId, String nextPhaseId);
}
