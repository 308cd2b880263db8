package com.kneeline.assessment.engine;

import java.math.BigDecimal;
import java.util.Optional;

import com.kneeline.content.model.Choice;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;

/**
 * Typed reads of one set of answers for one rule evaluation. An answer that {@link ValueCheck} would reject counts
 * as not answered, so a stored value that does not fit its input can never make a rule fire.
 * Per-side inputs are read with the side asked for; inputs that are not per side always with no side.
 */
final class AnswerReader {

    static final String NOT_ANSWERED = "not answered";

    private final ContentCatalogue catalogue;
    private final Answers answers;
    private final Integer referenceYear;

    AnswerReader(ContentCatalogue catalogue, Answers answers) {
        this(catalogue, answers, null);
    }

    /** @param referenceYear the calendar year of the assessment, for age from the year of birth; null: age unknown */
    AnswerReader(ContentCatalogue catalogue, Answers answers, Integer referenceYear) {
        this.catalogue = catalogue;
        this.answers = answers;
        this.referenceYear = referenceYear;
    }

    /**
     * The ages the person may have, {@code {youngest, oldest}}: from the year of birth only, they are the age they turn
     * this year or one less. Empty without a year of birth, a reference year, or with a birth year after it.
     */
    Optional<int[]> possibleAges() {
        String input = catalogue.referral().redFlags().birthYearInput();
        if (input == null || referenceYear == null) {
            return Optional.empty();
        }
        return number(input, null).map(java.math.BigDecimal::intValue)
                .filter(born -> born <= referenceYear)
                .map(born -> new int[] {Math.max(0, referenceYear - born - 1), referenceYear - born});
    }

    Optional<Input> input(String inputId) {
        return catalogue.input(inputId);
    }

    /** The usable raw answer of an input for a side (ignored for inputs that are not per side). */
    Optional<String> raw(String inputId, Side side) {
        Optional<Input> input = catalogue.input(inputId);
        if (input.isEmpty()) {
            return Optional.empty();
        }
        Side readSide = input.get().isPerSide() ? side : null;
        if (input.get().isPerSide() && readSide == null) {
            return Optional.empty(); // a per-side input has no side-less answer
        }
        return answers.raw(inputId, readSide).filter(raw -> ValueCheck.problem(input.get(), raw).isEmpty());
    }

    Optional<Boolean> yesNo(String inputId, Side side) {
        return input(inputId).filter(i -> i.type() == InputType.YES_NO)
                .flatMap(i -> raw(inputId, side)).map(Answers.YES::equals);
    }

    Optional<BigDecimal> number(String inputId, Side side) {
        return input(inputId).filter(Input::isNumeric)
                .flatMap(i -> raw(inputId, side)).flatMap(ValueCheck::parseNumber);
    }

    /** The answer as shown to people: "yes"/"no", "6" or "6.5", a choice's label; "not answered" when absent. */
    String display(String inputId, Side side) {
        Optional<Input> input = input(inputId);
        Optional<String> raw = raw(inputId, side);
        if (input.isEmpty() || raw.isEmpty()) {
            return NOT_ANSWERED;
        }
        return switch (input.get().type()) {
            case YES_NO -> raw.get();
            case INTEGER, DECIMAL, SCALE -> ValueCheck.parseNumber(raw.get()).map(ValueCheck::format).orElse(NOT_ANSWERED);
            case CHOICE -> ValueCheck.choice(input.get(), raw.get()).map(Choice::label).orElse(NOT_ANSWERED);
        };
    }
}
