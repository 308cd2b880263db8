package com.kneeline.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * KneeLine's {@link I18NProvider}: the words of the UI, from {@code vaadin-i18n/translations*.properties}.
 * English is the bundle without a suffix and the first provided locale, so a browser asking for a language KneeLine
 * does not have gets English; a German key that is missing falls back to English (the key-sync test keeps that
 * from happening). Parameters are formatted by {@link MessageFormat} in the person's locale, so {@code {0,number}}
 * and {@code {0,date,long}} read as the person expects.
 */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // English lives in the base bundle: never let the JVM's default locale pick a different fallback.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, target, Translations.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No translation for '{}' ({})", key, target);
            return "!" + key + "!";
        }
        // Always through MessageFormat, so every value writes an apostrophe the same way ('').
        return new MessageFormat(pattern, target).format(params == null ? new Object[0] : params);
    }

    /** The provided locale with the same language, or English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
