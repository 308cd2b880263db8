package com.kneeline.content.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a record stored in the pack's original language (a programme keeps its safety notes, phase goals and the
 * reason for each exercise as text), shown in another language. A text the pack has verbatim is looked up; a text
 * filled in from one of the pack's templates ("For {finding}: {evidence}") is matched against the template, each
 * filled-in part is looked up in turn, and the translated template is filled with them. A part the pack does not
 * have stays as stored; a text that matches nothing is returned unchanged.
 */
public final class StoredWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    private record Template(Pattern english, List<String> names, String translated) {
    }

    private final Map<String, String> words;
    private final List<Template> templates = new ArrayList<>();

    public StoredWords(Map<String, String> words) {
        this.words = Map.copyOf(words);
        words.forEach((english, translated) -> {
            Matcher m = PLACEHOLDER.matcher(english);
            List<String> names = new ArrayList<>();
            StringBuilder regex = new StringBuilder("^");
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
                names.add(m.group(1));
                last = m.end();
            }
            if (!names.isEmpty()) {
                regex.append(Pattern.quote(english.substring(last))).append('$');
                templates.add(new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), names, translated));
            }
        });
        // The most specific template first: "For {finding} on your {side} side: ..." before "For {finding}: ...".
        templates.sort((a, b) -> Integer.compare(b.english().pattern().length(), a.english().pattern().length()));
    }

    public String translate(String stored) {
        return translate(stored, Map.of());
    }

    /** As {@link #translate(String)}; {@code parts} gives words for filled-in parts the pack does not have. */
    public String translate(String stored, Map<String, String> parts) {
        if (stored == null) {
            return null;
        }
        String exact = part(stored);
        if (exact != null) {
            return exact;
        }
        for (Template t : templates) {
            Matcher m = t.english().matcher(stored);
            if (m.matches()) {
                String out = t.translated();
                for (int i = 0; i < t.names().size(); i++) {
                    String value = m.group(i + 1);
                    String translated = parts.containsKey(value) ? parts.get(value) : part(value);
                    out = out.replace("{" + t.names().get(i) + "}", translated == null ? value : translated);
                }
                return out;
            }
        }
        return stored;
    }

    /** A verbatim text, also when the template lowered its first letter ("weak buttock ..."); null if unknown. */
    private String part(String text) {
        String found = words.get(text);
        if (found != null) {
            return found;
        }
        if (!text.isEmpty() && Character.isLowerCase(text.charAt(0))) {
            String upper = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
            found = words.get(upper);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
