package com.kneeline.content.load;

import java.util.List;

import com.kneeline.content.model.FormGate;
import com.kneeline.content.model.Phase;
import com.kneeline.content.model.PhaseCriteria;
import com.kneeline.content.model.ProgressionRules;

/** Checks of the progression rules: the form gate holds before it steps down, and phases say when to move on. */
final class ProgressionChecks {

    private final Locations loc;

    ProgressionChecks(Locations loc) {
        this.loc = loc;
    }

    /** Every phase but the last says, typed, when to move on; the last has nowhere to move on to. */
    void check(ProgressionRules progression) {
        FormGate gate = progression.formGate();
        if (gate.cavingSessionsToStepDown() <= gate.cavingSessionsToHold()) {
            loc.at(gate, "caving-sessions-to-step-down", "'caving-sessions-to-step-down' ("
                    + gate.cavingSessionsToStepDown() + ") must be more than 'caving-sessions-to-hold' ("
                    + gate.cavingSessionsToHold() + "): a caving knee holds first, then steps down");
        }
        List<Phase> phases = progression.phases();
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            PhaseCriteria c = p.advanceWhen();
            boolean last = i == phases.size() - 1;
            if (c == null) {
                if (!last) {
                    loc.at(p, "move-on-when", "phase '" + p.id() + "' needs 'advance-when' (every phase but the last"
                            + " says, typed, when to move on)");
                }
                continue;
            }
            if (last) {
                loc.at(p, "advance-when", "the last phase '" + p.id()
                        + "' cannot have 'advance-when' (there is no phase after it)");
            }
            if (c.minWeeks() < p.typicalWeeks().min() || c.minWeeks() > p.typicalWeeks().max()) {
                loc.at(c, "min-weeks", "'min-weeks' (" + c.minWeeks() + ") must lie within the phase's 'typical-weeks' ("
                        + p.typicalWeeks().min() + "-" + p.typicalWeeks().max() + ")");
            }
            int acceptable = progression.painMonitoring().acceptableDuringMax();
            if (c.maxPain() > acceptable) {
                loc.at(c, "max-pain", "'max-pain' (" + c.maxPain() + ") must not be more than pain-monitoring's"
                        + " 'acceptable-during-max' (" + acceptable + ")");
            }
        }
    }
}
