package com.kneeline.prescription.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.PrescriptionRules;
import com.kneeline.content.model.Template;

/** Why each planned exercise was chosen for this person, in the content's wording; built once per exercise. */
final class Rationales {

    private final Compiled c;
    private final RequestContext ctx;
    private final PrescriptionRules.PrescriptionWording wording;
    private final List<Rationale>[] cache;

    @SuppressWarnings("unchecked")
    Rationales(Compiled c, RequestContext ctx) {
        this.c = c;
        this.ctx = ctx;
        this.wording = c.rules.wording();
        this.cache = new List[c.exercises.length];
    }

    /** One entry per finding and side of the person that exercise x addresses, in priority order. */
    List<Rationale> of(int x) {
        List<Rationale> cached = cache[x];
        if (cached != null) {
            return cached;
        }
        List<Rationale> out = new ArrayList<>();
        for (RequestContext.PersonFinding pf : ctx.findings) {
            if (!addresses(x, pf.index)) {
                continue;
            }
            Finding finding = c.findings[pf.index];
            String name = findingName(pf.index);
            for (InferredFinding e : pf.entries) {
                String evidence = e.evidence().isEmpty() ? finding.explanation()
                        : decapitalise(e.evidence().get(0).explanation());
                String text = Template.fill(e.side() == null ? wording.rationale() : wording.rationaleWithSide(),
                        placeholder -> switch (placeholder) {
                            case "finding" -> name;
                            case "evidence" -> evidence;
                            case "side" -> e.side() == null ? "{side}" : e.side().label();
                            default -> "{" + placeholder + "}";
                        });
                out.add(new Rationale(finding.id(), e.side(), e.strength(), text));
            }
        }
        List<Rationale> result = List.copyOf(out);
        cache[x] = result;
        return result;
    }

    private boolean addresses(int x, int finding) {
        for (int f : c.addresses[x]) {
            if (f == finding) {
                return true;
            }
        }
        return false;
    }

    String findingName(int f) {
        return decapitalise(c.findings[f].name());
    }

    /** "Weak buttock ..." becomes "weak buttock ..."; "TFL ..." stays (second letter is upper case). */
    static String decapitalise(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
