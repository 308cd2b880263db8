package com.kneeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core in a Playwright page, without a build step: the npm package's {@code axe.min.js} is a test resource
 * (src/test/resources/axe-core-4.14.1, with its licence) injected into the page as a script, then run over the
 * whole document, Vaadin's shadow roots included.
 */
public final class Accessibility {

    public static final String AXE = "/axe-core-4.14.1/axe.min.js";
    private static String source;

    private Accessibility() {
    }

    /** One rule broken, where (up to five CSS targets) and how badly. */
    public record Violation(String rule, String impact, String help, List<String> where) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + where;
        }
    }

    /** The serious and critical violations on the page as it is now (WCAG 2.x A and AA rules and best practice). */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousOrCritical(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                                where: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target) + ' ' + n.html.slice(0, 160)
                                + ' | ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}));
                }""");
        return found.stream().map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
                (String) v.get("help"), (List<String>) v.get("where"))).toList();
    }

    static synchronized String source() {
        if (source == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is missing from the test resources: " + AXE);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
