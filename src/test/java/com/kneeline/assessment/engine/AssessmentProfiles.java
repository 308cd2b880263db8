package com.kneeline.assessment.engine;

import static com.kneeline.assessment.engine.Side.LEFT;
import static com.kneeline.assessment.engine.Side.RIGHT;

/**
 * Complete answer sets for whole people, for engine tests and the wizard's UI tests. Each profile starts from
 * {@link #noFindings()}: every safety question answered "no" (born 1990, no recent injury, no limp) and every required input of the bundled pack answered
 * for both legs with an unremarkable value; optional inputs are skipped unless the profile needs them.
 * The findings each profile must produce are pinned in {@code AssessmentProfilesTest}.
 */
public final class AssessmentProfiles {

    private AssessmentProfiles() {
    }

    /** Everything answered, nothing remarkable: no red flag and no finding. */
    public static Answers noFindings() {
        return normal().answers();
    }

    /**
     * (a) Red-flag stop: the knee gives way since an injury (an acute flag), so the screen stops the assessment.
     * The rest of the answers are unremarkable.
     */
    public static Answers redFlagStop() {
        return normal().yes("giving-way").answers();
    }

    /**
     * (b) Left-side pronation with limited ankle dorsiflexion: two foot signs on the left (outer edge lifts, arch
     * collapses) and a knee-to-wall of 6 cm on the left against 9 cm on the right.
     */
    public static Answers leftPronationAndLimitedDorsiflexion() {
        return normal()
                .yes("foot-outer-edge-lifts", LEFT)
                .yes("foot-arch-collapses", LEFT)
                .set("knee-to-wall-cm", LEFT, "6")
                .set("knee-to-wall-cm", RIGHT, "9")
                .answers();
    }

    /**
     * (c) Bilateral hip weakness with a Trendelenburg pattern: the pelvis drops when standing on either leg and in
     * both single-leg squats (the knee does not cave), and the side-lying hip-abduction holds are short (20 s and
     * 22 s, too close to count as an asymmetry).
     */
    public static Answers bilateralHipWeaknessTrendelenburg() {
        return normal()
                .both("pelvic-drop", Answers.YES)
                .both("sls-pelvis-drop", Answers.YES)
                .set("hip-abduction-hold-seconds", LEFT, "20")
                .set("hip-abduction-hold-seconds", RIGHT, "22")
                .answers();
    }

    /**
     * (d) Motor control only: the knee caves in both single-leg squats but lines up with the knees-out cue on both
     * sides; everything else is normal.
     */
    public static Answers motorControlOnly() {
        return normal()
                .both("sls-knee-inward", Answers.YES)
                .both("cue-corrects-knee", Answers.YES)
                .answers();
    }

    private static AnswerSheet normal() {
        AnswerSheet sheet = AnswerSheet.create();
        Bundled.CATALOGUE.safetyQuestions().forEach(flag -> sheet.no(flag.id()));
        sheet.set("pain-at-rest", "0")
                .set("pain-during-activity", "2")
                .no("recent-knee-injury")
                .no("limp-with-pain")
                .set("birth-year", "1990")
                .no("static-valgus-knees-touch")
                .no("kneecaps-point-inward");
        for (String perSideNo : new String[] {"sls-knee-inward", "sls-pelvis-drop", "sls-trunk-sway",
                "sls-balance-lost", "sls-foot-collapse", "sls-front-thigh-only", "foot-outer-edge-lifts",
                "foot-arch-collapses", "foot-outer-edge-not-felt", "calf-straight-knee-limited",
                "calf-bent-knee-limited", "pelvic-drop", "hip-abduction-front-of-hip", "adductor-tight",
                "inner-hamstring-tight"}) {
            sheet.both(perSideNo, Answers.NO);
        }
        // cue-corrects-knee is only asked when the knee caved, so it stays unanswered here.
        return sheet.both("sls-pain", "1")
                .both("knee-to-wall-result", "measured")
                .both("knee-to-wall-cm", "12")
                .both("hip-abduction-hold-seconds", "60")
                .both("side-bridge-seconds", "60");
    }
}
