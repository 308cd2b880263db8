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
import com.vaadin.flow.i18n.I18NProvider;

/** Plain-language wording for content values, shared by the library and findings views. */
public final class ContentText {

    private ContentText() {
    }

    public static String pillar(Pillar pillar) {
        return I18NProvider.translate("pillar." + pillar.name());
    }

    /** One sentence on what a pillar is for, used as a heading's helper on finding pages. */
    public static String pillarPurpose(Pillar pillar) {
        return I18NProvider.translate("pillar." + pillar.name() + ".purpose");
    }

    public static String risk(Risk risk) {
        return I18NProvider.translate("risk." + risk.name());
    }

    public static String evidence(EvidenceMarker marker) {
        return I18NProvider.translate("evidence." + marker.name());
    }

    public static String evidenceExplained(EvidenceMarker marker) {
        return I18NProvider.translate("evidence." + marker.name() + ".explained");
    }

    /** "Resistance band or mini-band, Step, stair or sturdy box", or "No equipment". */
    public static String equipment(Exercise exercise, ContentCatalogue catalogue) {
        if (exercise.equipment().isEmpty()) {
            return I18NProvider.translate("dose.no-equipment");
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
        String amount = d.isTimed() ? I18NProvider.translate("dose.hold", range(d.holdSeconds())) : range(d.reps());
        return d.sets() + " × " + amount + (exercise.unilateral() ? I18NProvider.translate("dose.per-side") : "");
    }

    public static String sets(Dosage d) {
        return I18NProvider.translate("dose.sets", d.sets());
    }

    /** "12–20 reps per side" or "hold 20–30 s per side". */
    public static String repsOrHold(Exercise exercise) {
        Dosage d = exercise.dosage();
        String side = exercise.unilateral() ? I18NProvider.translate("dose.per-side") : "";
        return d.isTimed() ? I18NProvider.translate("dose.hold-for", range(d.holdSeconds())) + side
                : I18NProvider.translate("dose.reps", range(d.reps())) + side;
    }

    /** "2 s down · 1 s pause · 1 s up". */
    public static String tempo(Tempo tempo) {
        String pause = tempo.pause() == 0 ? I18NProvider.translate("tempo.no-pause")
                : I18NProvider.translate("tempo.pause", tempo.pause());
        return I18NProvider.translate("tempo.down", tempo.lower()) + " · " + pause + " · "
                + I18NProvider.translate("tempo.up", tempo.lift());
    }

    public static String rest(int seconds) {
        if (seconds == 0) {
            return I18NProvider.translate("rest.none");
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return I18NProvider.translate("rest.minutes", seconds / 60);
        }
        return I18NProvider.translate("rest.seconds", seconds);
    }

    public static String daysPerWeek(int days) {
        return I18NProvider.translate("days-per-week", days);
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
        return String.join(", ", parts.subList(0, parts.size() - 1)) + I18NProvider.translate("join.and")
                + parts.getLast();
    }
}
