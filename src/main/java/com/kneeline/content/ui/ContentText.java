package com.kneeline.content.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Dosage;
import com.kneeline.content.model.EvidenceMarker;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.IntRange;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.Risk;
import com.kneeline.content.model.Tempo;

/** Plain-language wording for content values, shared by the library and findings views. */
public final class ContentText {

    private ContentText() {
    }

    public static String pillar(Pillar pillar) {
        return switch (pillar) {
            case STRENGTH -> "Strength";
            case MOBILITY -> "Mobility";
            case NEUROMUSCULAR -> "Movement control";
            case EDUCATION -> "Understanding";
        };
    }

    /** One sentence on what a pillar is for, used as a heading's helper on finding pages. */
    public static String pillarPurpose(Pillar pillar) {
        return switch (pillar) {
            case STRENGTH -> "Build the muscles that hold the knee in line.";
            case MOBILITY -> "Free up the stiff joints and muscles that pull the knee inward.";
            case NEUROMUSCULAR -> "Practise keeping the knee over the toes when you squat, land and turn.";
            case EDUCATION -> "Know what exercise can and cannot change, and when to get it checked.";
        };
    }

    public static String risk(Risk risk) {
        return switch (risk) {
            case ACL_INJURY -> "Anterior cruciate ligament (ACL) injury";
            case MCL_SPRAIN -> "Sprain of the inner knee ligament (MCL)";
            case MENISCUS_TEAR -> "Meniscus (knee cartilage) tear";
            case PATELLOFEMORAL_PAIN -> "Pain around the kneecap (patellofemoral pain)";
            case ITB_SYNDROME -> "Pain on the outside of the knee (IT band syndrome)";
            case ANKLE_FOOT_STRESS -> "Extra stress on the ankle and foot";
            case HIP_PAIN -> "Hip pain";
            case KNEE_OSTEOARTHRITIS -> "Knee osteoarthritis in later life";
            case REDUCED_PERFORMANCE -> "Weaker, less efficient sport performance";
        };
    }

    public static String evidence(EvidenceMarker marker) {
        return switch (marker) {
            case UNVERIFIED -> "unverified";
            case SECONDARY -> "secondary";
            case UNVERIFIED_DEFAULT -> "unverified default";
            case UNVERIFIED_AUTHORSHIP -> "authorship unverified";
            case UNVERIFIED_ATTRIBUTION -> "attribution unverified";
            case EXTRAPOLATED -> "extrapolated";
        };
    }

    public static String evidenceExplained(EvidenceMarker marker) {
        return switch (marker) {
            case UNVERIFIED -> "Not yet checked against the original source.";
            case SECONDARY -> "Known from a secondary source, not the original study.";
            case UNVERIFIED_DEFAULT -> "A sensible default that has not been checked against a study.";
            case UNVERIFIED_AUTHORSHIP -> "Widely quoted, but who published it is not confirmed.";
            case UNVERIFIED_ATTRIBUTION -> "Widely quoted, but the attribution is not confirmed.";
            case EXTRAPOLATED -> "Studied in a different group of people and carried over.";
        };
    }

    /** "Resistance band or mini-band, Step, stair or sturdy box", or "No equipment". */
    public static String equipment(Exercise exercise, ContentCatalogue catalogue) {
        if (exercise.equipment().isEmpty()) {
            return "No equipment";
        }
        return exercise.equipment().stream()
                .map(id -> catalogue.equipment(id).map(e -> e.label()).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** Finding names an exercise helps with, joined for one line. */
    public static String helpsWith(Exercise exercise, ContentCatalogue catalogue) {
        return exercise.addresses().stream()
                .map(id -> catalogue.finding(id).map(f -> f.name()).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** "3 × 12–20 per side", "3 × 20–30 s hold", "2 × 8". */
    public static String dosageSummary(Exercise exercise) {
        Dosage d = exercise.dosage();
        String amount = d.isTimed() ? range(d.holdSeconds()) + " s hold" : range(d.reps());
        return d.sets() + " × " + amount + (exercise.unilateral() ? " per side" : "");
    }

    public static String sets(Dosage d) {
        return d.sets() == 1 ? "1 set" : d.sets() + " sets";
    }

    /** "12–20 reps per side" or "hold 20–30 s per side". */
    public static String repsOrHold(Exercise exercise) {
        Dosage d = exercise.dosage();
        String side = exercise.unilateral() ? " per side" : "";
        return d.isTimed() ? "Hold " + range(d.holdSeconds()) + " s" + side : range(d.reps()) + " reps" + side;
    }

    /** "2 s down · 1 s pause · 1 s up". */
    public static String tempo(Tempo tempo) {
        String pause = tempo.pause() == 0 ? "no pause" : tempo.pause() + " s pause";
        return tempo.lower() + " s down · " + pause + " · " + tempo.lift() + " s up";
    }

    public static String rest(int seconds) {
        if (seconds == 0) {
            return "No rest needed";
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            int minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes") + " between sets";
        }
        return seconds + " s between sets";
    }

    public static String daysPerWeek(int days) {
        return days == 7 ? "Every day" : days + (days == 1 ? " day" : " days") + " a week";
    }

    public static String range(IntRange range) {
        return range.min() == range.max() ? String.valueOf(range.min()) : range.min() + "–" + range.max();
    }

    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "A, B and C". */
    public static String joinAnd(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }
}
