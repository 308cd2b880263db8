package com.kneeline.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.kneeline.content.model.OutcomeGates;
import com.kneeline.content.model.OutcomesContent;
import com.kneeline.outcomes.engine.GateVerdict;
import com.kneeline.prescription.ExerciseHold;

/**
 * Holds back the content's cutting exercises until the hop tests meet the return-to-sport limb symmetry, so they
 * are neither prescribed nor progressed to before, even inside the speed phase. The person reads the content's
 * reason and what is still missing.
 */
@Component
class CuttingHold implements ExerciseHold {

    private final OutcomesService outcomes;
    private final OutcomesContent content;

    CuttingHold(OutcomesService outcomes, OutcomesContent content) {
        this.outcomes = outcomes;
        this.content = content;
    }

    @Override
    public Map<String, String> held(long personId) {
        GateVerdict verdict = outcomes.cuttingGate(personId);
        if (verdict.met()) {
            return Map.of();
        }
        OutcomeGates gates = content.gates();
        String why = gates.cutting().heldBecause().replace("{min-lsi}",
                OutcomesService.fmt(gates.returnToSport().minLsiPercent()));
        List<String> missing = GateWords.reasons(verdict, content);
        String because = missing.isEmpty() ? why : why + " Still missing: " + String.join(" ", missing);
        Map<String, String> held = new LinkedHashMap<>();
        gates.cutting().exercises().forEach(id -> held.put(id, because));
        return held;
    }
}
