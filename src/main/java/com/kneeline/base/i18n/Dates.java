package com.kneeline.base.i18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the person's language writes them ("3 March 2026", "3. März 2026"). */
public final class Dates {

    private Dates() {
    }

    /** Long dates in the locale, for instants in the server's zone as elsewhere in the app. */
    public static DateTimeFormatter longDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Translations.supported(locale))
                .withZone(ZoneId.systemDefault());
    }

    /** "Monday 3 March" / "Montag, 3. März": a day this year, from the bundle's {@code date.day-pattern}. */
    public static DateTimeFormatter day(Locale locale) {
        Locale supported = Translations.supported(locale);
        return DateTimeFormatter.ofPattern(new Translations().getTranslation("date.day-pattern", supported), supported);
    }

    public static DateTimeFormatter mediumDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Translations.supported(locale))
                .withZone(ZoneId.systemDefault());
    }
}
