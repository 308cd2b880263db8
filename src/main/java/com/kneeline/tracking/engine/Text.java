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

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String range(NumberRange r) {
        return r.min() == r.max() ? number(r.min()) : number(r.min()) + "-" + number(r.max());
    }
}
