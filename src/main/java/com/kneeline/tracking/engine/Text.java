package com.kneeline.tracking.engine;

import java.util.Locale;

import com.kneeline.content.model.NumberRange;

/** Small formatting helpers for the sentences shown to people. */
final class Text {

    private Text() {
    }

    /** "3×12", "3×30 s", "3×8 at 8.5 kg". */
    static String dose(ExercisePrescription p) {
        return p.sets() + "×" + p.target() + (p.timed() ? " s" : "")
                + (p.loaded() ? " at " + number(p.loadKg()) + " kg" : "");
    }

    /** What was done, as a dose: "2×20", "3×12-14 at 8 kg" when the sets differed. */
    static String done(java.util.List<SetLog> sets, ExercisePrescription at) {
        int min = sets.stream().mapToInt(SetLog::done).min().orElse(0);
        int max = sets.stream().mapToInt(SetLog::done).max().orElse(0);
        return sets.size() + "×" + (min == max ? min : min + "-" + max) + (at.timed() ? " s" : "")
                + (at.loaded() ? " at " + number(at.loadKg()) + " kg" : "");
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String range(NumberRange r) {
        return r.min() == r.max() ? number(r.min()) : number(r.min()) + "-" + number(r.max());
    }
}
