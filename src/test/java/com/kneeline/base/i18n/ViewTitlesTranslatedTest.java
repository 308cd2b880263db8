package com.kneeline.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The app layout shows a view's menu entry and header through the key {@code title.<english title in dashes>}; a
 * view whose title has no key shows "!title.…!" in the menu. Every routed view's titles must have one.
 */
class ViewTitlesTranslatedTest {

    @Test
    void everyMenuEntryAndPageTitleHasATranslationKey() throws Exception {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> missing = new ArrayList<>();
        int titles = 0;
        for (var candidate : scanner.findCandidateComponents("com.kneeline")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            List<String> shown = new ArrayList<>();
            if (view.isAnnotationPresent(Menu.class) && !view.getAnnotation(Menu.class).title().isEmpty()) {
                shown.add(view.getAnnotation(Menu.class).title());
            }
            if (view.isAnnotationPresent(PageTitle.class) && !view.getAnnotation(PageTitle.class).value().contains("|")) {
                shown.add(view.getAnnotation(PageTitle.class).value());
            }
            for (String title : shown) {
                titles++;
                String key = "title." + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
                if (!english.containsKey(key)) {
                    missing.add(view.getSimpleName() + " \u2192 " + key);
                }
            }
        }
        assertThat(titles).as("titles found").isGreaterThan(10);
        assertThat(missing).as("views whose title has no translation key").isEmpty();
    }
}
