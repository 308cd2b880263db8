package com.kneeline.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.FindingsEngine;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.AssessmentTest;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.WizardStep;

/**
 * What a wizard step asks and what counts as an answer to it: the keys in the content's order, which are required
 * (always, or once another answer asks for them), and the message next to a field whose value does not fit. Kept
 * apart from {@link AssessmentService}, which moves an assessment through its steps, because these change with the
 * questions and their wording, not with the flow.
 */
final class StepAnswers {

    private static final String ANSWER_REQUIRED = "Answer this to go on.";
    private static final String YES_OR_NO = "Answer yes or no.";

    /**
     * A step's answers sorted out.
     *
     * @param changes by storage key, what to store: a checked value, or null for "not answered / don't know"
     * @param errors  by storage key, the message to show next to the field; its value is not stored
     */
    record Checked(Map<String, String> changes, Map<String, String> errors) {
    }

    private final ContentService content;
    private final FindingsEngine engine;
    private final Clock clock;

    StepAnswers(ContentService content, FindingsEngine engine, Clock clock) {
        this.content = content;
        this.engine = engine;
        this.clock = clock;
    }

    /** The answers a wizard step asks for, in the order the content lists them, left before right. */
    List<AnswerKey> keysOf(WizardStep step) {
        ContentCatalogue catalogue = content.catalogue();
        List<AnswerKey> keys = new ArrayList<>();
        if (step == WizardStep.SAFETY) {
            catalogue.safetyQuestions().forEach(flag -> keys.add(AnswerKey.of(flag.id())));
        }
        for (AssessmentTest test : catalogue.tests(step)) {
            for (Input input : test.inputs()) {
                if (input.isPerSide()) {
                    keys.add(AnswerKey.of(input.id(), Side.LEFT));
                    keys.add(AnswerKey.of(input.id(), Side.RIGHT));
                } else {
                    keys.add(AnswerKey.of(input.id()));
                }
            }
        }
        return keys;
    }

    /**
     * Checks every answer of the step; a missing one is an error only when the person wants to go on
     * ({@code advance}) and it is required.
     */
    Checked check(WizardStep step, Map<AnswerKey, String> answers, boolean advance) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> changes = new LinkedHashMap<>();
        for (AnswerKey key : keysOf(step)) {
            String raw = normalise(answers.get(key));
            if (raw == null) {
                changes.put(key.storageKey(), null);
                if (advance && (isRequired(key) || requiredByAnotherAnswer(key, answers))) {
                    errors.put(key.storageKey(), ANSWER_REQUIRED);
                }
                continue;
            }
            Optional<String> problem = isFlag(key) ? yesNoProblem(raw) : engine.checkValue(key.inputId(), raw)
                    .or(() -> notAYearGone(key, raw));
            if (problem.isPresent()) {
                errors.put(key.storageKey(), problem.get());
            } else {
                changes.put(key.storageKey(), raw);
            }
        }
        return new Checked(changes, errors);
    }

    /** The year of birth (the content's birth-year input) cannot be after this year. */
    private Optional<String> notAYearGone(AnswerKey key, String raw) {
        String birthYear = content.catalogue().referral().redFlags().birthYearInput();
        if (!key.inputId().equals(birthYear)) {
            return Optional.empty();
        }
        int thisYear = LocalDate.now(clock).getYear();
        try {
            return new BigDecimal(raw).intValue() > thisYear
                    ? Optional.of("Enter a year up to " + thisYear + ".") : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty(); // the content's own check reports it
        }
    }

    private boolean isFlag(AnswerKey key) {
        return key.side() == null && content.catalogue().safetyFlag(key.inputId()).isPresent();
    }

    private boolean isRequired(AnswerKey key) {
        return isFlag(key) || content.catalogue().input(key.inputId()).map(input -> !input.optional()).orElse(false);
    }

    /** The content's {@code required-when}: e.g. the distance becomes required once "I measured it" is chosen. */
    private boolean requiredByAnotherAnswer(AnswerKey key, Map<AnswerKey, String> answers) {
        return content.catalogue().input(key.inputId())
                .map(Input::requiredWhen)
                .map(when -> when.equals().equals(normalise(answers.get(AnswerKey.of(when.input(), key.side())))))
                .orElse(false);
    }

    private static Optional<String> yesNoProblem(String raw) {
        return Answers.YES.equals(raw) || Answers.NO.equals(raw) ? Optional.empty() : Optional.of(YES_OR_NO);
    }

    private static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // People type decimal commas; the engine reads dots.
        return raw.strip().replace(',', '.');
    }

    /** Problems with the about-you answers, by {@link AssessmentService#ABOUT} key; all of them only to go on. */
    static Map<String, String> aboutProblems(AboutYou about, boolean requireAll) {
        Map<String, String> errors = new LinkedHashMap<>();
        String key = AssessmentService.ABOUT;
        if (about == null) {
            if (requireAll) {
                errors.put(key + "knees", "Choose which knee bothers you.");
            }
            return errors;
        }
        if (about.knees() == null) {
            errors.put(key + "knees", "Choose which knee bothers you.");
        }
        if (about.goal() == null) {
            errors.put(key + "goal", "Choose the goal closest to yours.");
        }
        if (about.activities().length() > AboutYou.ACTIVITIES_MAX_LENGTH) {
            errors.put(key + "activities", "Keep this under " + AboutYou.ACTIVITIES_MAX_LENGTH + " characters.");
        }
        if (about.minutesPerSession() < AboutYou.MIN_MINUTES || about.minutesPerSession() > AboutYou.MAX_MINUTES) {
            errors.put(key + "minutes", "Choose between " + AboutYou.MIN_MINUTES + " and " + AboutYou.MAX_MINUTES + " minutes.");
        }
        if (about.sessionsPerWeek() < AboutYou.MIN_SESSIONS || about.sessionsPerWeek() > AboutYou.MAX_SESSIONS) {
            errors.put(key + "sessions", "Choose between " + AboutYou.MIN_SESSIONS + " and " + AboutYou.MAX_SESSIONS + " sessions a week.");
        }
        return errors;
    }
}
