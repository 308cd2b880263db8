package com.kneeline.outcomes;

import java.util.List;

import org.springframework.stereotype.Component;

import com.kneeline.tracking.PhaseEntryCheck;

/** Puts the outcomes gate (knee in line on a measured check, step-down quality) in front of the speed phase. */
@Component
class SpeedPhaseEntryCheck implements PhaseEntryCheck {

    private final OutcomesService outcomes;

    SpeedPhaseEntryCheck(OutcomesService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<String> stillNeeded(long personId, String nextPhaseId) {
        return outcomes.phaseEntryStillNeeded(personId, nextPhaseId);
    }
}
