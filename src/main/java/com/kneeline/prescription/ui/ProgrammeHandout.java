package com.kneeline.prescription.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;

import com.kneeline.base.ui.Disclaimer;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.ui.ContentText;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.Rationale;
import com.kneeline.prescription.engine.SessionPlan;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.stereotype.Component;

/**
 * The programme as a printable handout to take to the gym: phase and goal, safety notes, and every session's
 * exercises with dose, how-to, cues and why, dated and versioned. Built as XHTML with print CSS and rendered by
 * openhtmltopdf; black text, grey rules and no colour that carries meaning, so it prints well in black and white.
 * DejaVu Sans is embedded because the content uses characters (≤, ≥) the standard PDF fonts lack.
 */
@Component
public class ProgrammeHandout {

    /** The two paper sizes people print on; Letter where it is the norm, A4 everywhere else. */
    public enum Paper {
        A4("A4"), LETTER("letter");

        /** Where Letter is the usual office paper (CLDR's paper-size data). */
        private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
                "PR", "CR", "PA", "SV", "DO", "NI", "BZ");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        public static Paper forLocale(Locale locale) {
            return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
        }
    }

    // User-facing words, kept together so they move into a message bundle as they are.
    static final String TITLE = "Your KneeLine programme";
    static final String FOR = "For {0}";
    static final String VERSION = "Version {0}, made on {1}. Printed on {2}.";
    static final String PHASE = "Phase {0} of {1}: {2}";
    static final String MOVE_ON = "Move on when: {0}";
    static final String STAY_SAFE = "Stay safe";
    static final String LOW_LOAD = "Your knee is quite painful at the moment, so this programme keeps to gentle, "
            + "low-load exercises. It will build up once pain settles.";
    static final String REFERRAL = "Your answers include a reason to have your knee checked before exercising, so "
            + "this programme has no exercises.";
    static final String SESSION = "Session {0} · {1} · about {2} minutes, warm-up included";
    static final String WARM_UP = "Warm-up";
    static final String HOW_TO = "How to do it";
    static final String CUES = "Cues";
    static final String WHY = "Why this exercise";
    static final String TEMPO = "Tempo {0}";
    static final String REST = "Rest {0}";
    static final String WEIGHT = "Choosing the weight";
    static final String TICK = "Done";
    static final String DOSE_NOTE = "As you progress, KneeLine's Today screen shows the current dose; this sheet shows "
            + "the dose of this version.";

    private static final String FONT = "DejaVu Sans";

    static {
        // openhtmltopdf logs every step at INFO on its own console handler; keep its warnings and errors only.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ContentService content;
    private final Clock clock;

    ProgrammeHandout(ContentService content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    /** The handout as PDF bytes. */
    public byte[] pdf(ProgrammeDetails details, String personName, Paper paper, Locale locale, ZoneId zone) {
        String html = html(details, personName, paper, locale, zone);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The programme handout could not be written", e);
        }
    }

    /** A file name that says what and which version: {@code kneeline-programme-v3.pdf}. */
    public static String fileName(ProgrammeDetails details) {
        return "kneeline-programme-v" + details.versionNumber() + ".pdf";
    }

    private static InputStream font(String file) {
        InputStream in = ProgrammeHandout.class.getResourceAsStream("/handout/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The handout font " + file + " is missing from the application");
        }
        return in;
    }

    String html(ProgrammeDetails details, String personName, Paper paper, Locale locale, ZoneId zone) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
        Programme programme = details.programme();
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"" + esc(locale.getLanguage()) + "\"><head><meta charset=\"UTF-8\"/>");
        h.tag("title", TITLE);
        h.raw("<style>").raw(css(paper)).raw("</style></head><body>");
        h.tag("h1", TITLE);
        h.tag("p class=\"who\"", format(FOR, personName));
        h.tag("p class=\"fine\"", format(VERSION, details.versionNumber(), date.format(details.createdAt()),
                date.format(clock.instant())));

        if (programme.kind() == Programme.Kind.REFERRAL_ONLY) {
            h.tag("p class=\"box\"", REFERRAL);
        } else {
            if (programme.kind() == Programme.Kind.LOW_LOAD) {
                h.tag("p class=\"box\"", LOW_LOAD);
            }
            phase(h, programme);
            if (!programme.safetyNotes().isEmpty()) {
                h.raw("<div class=\"box\">").tag("h2", STAY_SAFE).list("ul", programme.safetyNotes()).raw("</div>");
            }
            h.tag("p class=\"fine\"", DOSE_NOTE);
            for (SessionPlan session : programme.sessions()) {
                session(h, session, locale);
            }
        }
        h.tag("p class=\"fine disclaimer\"", Disclaimer.TEXT);
        h.raw("</body></html>");
        return h.toString();
    }

    private static void phase(Html h, Programme programme) {
        Programme.PhaseSummary phase = programme.phases().stream().filter(p -> p.id().equals(programme.phaseId()))
                .findFirst().orElse(programme.phases().getFirst());
        int index = programme.phases().indexOf(phase);
        h.tag("h2", format(PHASE, index + 1, programme.phases().size(), phase.name()));
        h.tag("p", phase.goal());
        h.tag("p class=\"fine\"", format(MOVE_ON, phase.moveOnWhen()));
    }

    private void session(Html h, SessionPlan session, Locale locale) {
        String day = DayOfWeek.of(session.dayOfWeek()).getDisplayName(TextStyle.FULL, locale);
        h.raw("<div class=\"session\">");
        h.tag("h2", format(SESSION, session.number(), day, session.estimatedMinutes()));
        if (!session.warmUp().isEmpty()) {
            h.tag("h3", WARM_UP).list("ul", session.warmUp());
        }
        for (PlannedExercise planned : session.exercises()) {
            exercise(h, planned, content.exercise(planned.exerciseId()).orElseThrow());
        }
        h.raw("</div>");
    }

    private static void exercise(Html h, PlannedExercise planned, Exercise exercise) {
        h.raw("<div class=\"exercise\">");
        h.raw("<table class=\"head\"><tr><td>").tag("h3", exercise.name()).raw("</td><td class=\"tick\">")
                .text(TICK + " " + "☐ ".repeat(Math.max(1, Math.min(planned.sets(), 8))).strip())
                .raw("</td></tr></table>"); // a box per set to tick at the gym
        String timing = exercise.dosage().tempo() != null && planned.holdSecondsMax() == 0
                ? format(TEMPO, ContentText.tempo(exercise.dosage().tempo())) + " · "
                + format(REST, ContentText.rest(planned.restSeconds()))
                : format(REST, ContentText.rest(planned.restSeconds()));
        h.tag("p class=\"dose\"", ExerciseCard.dose(planned, exercise));
        h.tag("p class=\"fine\"", timing);
        if (planned.loadGuidance() != null) {
            h.tag("p", WEIGHT + ": " + planned.loadGuidance());
        }
        h.tag("h4", HOW_TO).list("ol", exercise.instructions());
        h.tag("h4", CUES).list("ul", exercise.cues());
        List<String> why = planned.rationale().stream().map(Rationale::text).distinct().toList();
        h.tag("h4", WHY).tag("p", exercise.why()).list("ul", why);
        h.raw("</div>");
    }

    /** Print CSS: the page size, generous type, and rules in grey so nothing depends on colour. */
    private static String css(Paper paper) {
        return "@page { size: " + paper.css + "; margin: 16mm 15mm 18mm 15mm;"
                + " @bottom-right { content: counter(page) \" / \" counter(pages); font-family: '" + FONT + "';"
                + " font-size: 8pt; } }"
                + "body { font-family: '" + FONT + "'; font-size: 10pt; line-height: 1.35; color: #000; }"
                + "h1 { font-size: 18pt; margin: 0 0 2pt 0; }"
                + "h2 { font-size: 13pt; margin: 12pt 0 4pt 0; border-bottom: 1.5pt solid #000; padding-bottom: 2pt; }"
                + "h3 { font-size: 11.5pt; margin: 0; }"
                + "h4 { font-size: 9.5pt; margin: 5pt 0 1pt 0; text-transform: uppercase; letter-spacing: 0.5pt; }"
                + "p { margin: 2pt 0; } ul, ol { margin: 1pt 0 2pt 0; padding-left: 14pt; }"
                + ".who { font-size: 12pt; font-weight: bold; } .fine { font-size: 8.5pt; color: #333; }"
                + ".box { border: 1pt solid #000; padding: 4pt 7pt; margin: 6pt 0; }"
                + ".session + .session { page-break-before: always; }"
                + ".exercise { border-top: 0.75pt solid #777; padding: 5pt 0 4pt 0; page-break-inside: avoid; }"
                + ".dose { font-size: 11.5pt; font-weight: bold; }"
                + "table.head { width: 100%; border-collapse: collapse; } table.head td { padding: 0; vertical-align: top; }"
                + ".tick { text-align: right; font-size: 9pt; white-space: nowrap; width: 30%; }"
                + ".disclaimer { margin-top: 12pt; border-top: 0.75pt solid #777; padding-top: 4pt; }";
    }

    private static String format(String pattern, Object... args) {
        String text = pattern;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A tiny XHTML writer: every text goes through {@link #esc}, so content cannot break the markup. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(16_384);

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html text(String text) {
            out.append(esc(text));
            return this;
        }

        Html tag(String open, String text) {
            String name = open.split(" ", 2)[0];
            out.append('<').append(open).append('>').append(esc(text)).append("</").append(name).append('>');
            return this;
        }

        Html list(String kind, List<String> items) {
            if (items.isEmpty()) {
                return this;
            }
            out.append('<').append(kind).append('>');
            items.forEach(item -> tag("li", item));
            out.append("</").append(kind).append('>');
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
