package com.kneeline.content.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one definition of the content pack's text templates: {@code {name}} is a placeholder (no braces inside),
 * spaces inside the braces do not count. The loader checks names with {@link #placeholders}; the engines fill them
 * with {@link #fill}. A plain scan rather than a regex, because the prescription engine fills a rationale for
 * every planned exercise.
 */
public final class Template {

    private Template() {
    }

    /** The placeholder names in the text, in order of appearance. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        scan(text, name -> {
            names.add(name);
            return "";
        });
        return names;
    }

    /** Replaces every placeholder by {@code values.apply(name)}. */
    public static String fill(String text, Function<String, String> values) {
        return scan(text, values);
    }

    /** Replaces the placeholders named in {@code values}; any other placeholder is left as written. */
    public static String fill(String text, Map<String, String> values) {
        return scan(text, name -> values.getOrDefault(name, "{" + name + "}"));
    }

    private static String scan(String text, Function<String, String> values) {
        int open = text.indexOf('{');
        if (open < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            int nested = text.indexOf('{', open + 1);
            if (nested >= 0 && nested < close) {
                // "{a {b}": only the innermost pair is a placeholder.
                out.append(text, from, nested);
                from = nested;
                open = nested;
                continue;
            }
            out.append(text, from, open).append(values.apply(text.substring(open + 1, close).strip()));
            from = close + 1;
            open = text.indexOf('{', from);
        }
        return out.append(text, from, text.length()).toString();
    }
}
