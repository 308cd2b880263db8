package com.kneeline.assessment.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.kneeline.content.model.Choice;
import com.kneeline.content.model.Input;
import com.kneeline.content.model.InputType;

/**
 * Reads and checks raw answer strings against their input. One definition of "a usable value" shared by
 * {@link FindingsEngine#checkValue} and the rule evaluation, so what the wizard accepts is exactly what the rules read.
 */
final class ValueCheck {

    /** A plain decimal number with a dot, as {@link Answers} stores it: "6", "-3", "6.5". No exponent, no comma. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private ValueCheck() {
    }

    /** A message in plain words when {@code raw} does not fit the input; empty when it is fine. */
    static Optional<String> problem(Input input, String raw) {
        return switch (input.type()) {
            case YES_NO -> isYesNo(raw) ? Optional.empty() : Optional.of("Answer yes or no.");
            case CHOICE -> choice(input, raw).isPresent() ? Optional.empty() : Optional.of(chooseOneOf(input.choices()));
            case INTEGER, SCALE, DECIMAL -> {
                Optional<BigDecimal> number = parseNumber(raw);
                boolean whole = input.type() != InputType.DECIMAL;
                boolean fits = number.isPresent()
                        && (!whole || isWhole(number.get()))
                        && (input.min() == null || number.get().compareTo(decimal(input.min())) >= 0)
                        && (input.max() == null || number.get().compareTo(decimal(input.max())) <= 0);
                yield fits ? Optional.empty() : Optional.of(enterNumber(input, whole));
            }
        };
    }

    static boolean isYesNo(String raw) {
        return Answers.YES.equals(raw) || Answers.NO.equals(raw);
    }

    /** The number in a raw value, or empty when it is not a plain finite number. */
    static Optional<BigDecimal> parseNumber(String raw) {
        if (raw == null || !PLAIN_NUMBER.matcher(raw).matches()) {
            return Optional.empty();
        }
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Double.isFinite(d) ? Optional.of(decimal(d)) : Optional.empty();
    }

    static Optional<Choice> choice(Input input, String raw) {
        return input.choices().stream().filter(c -> c.id().equals(raw)).findFirst();
    }

    /**
     * The shortest decimal that prints as the double does: 8.6 stays 8.6, so differences and cut-offs are compared
     * exactly (8.6 - 7.1 is 1.5 here, not 1.4999999999999991).
     */
    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value);
    }

    /** A number for people: "6", "6.5", "-12"; never "6.0". */
    static String format(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }

    static String format(double value) {
        return format(decimal(value));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static String enterNumber(Input input, boolean whole) {
        String what = whole ? "a whole number" : "a number";
        String unit = unitSuffix(input.unit());
        if (input.min() != null && input.max() != null) {
            return "Enter " + what + " from " + format(input.min()) + " to " + format(input.max()) + unit + ".";
        } else if (input.min() != null) {
            return "Enter " + what + " of at least " + format(input.min()) + unit + ".";
        } else if (input.max() != null) {
            return "Enter " + what + " of at most " + format(input.max()) + unit + ".";
        }
        return "Enter " + what + ".";
    }

    /**
     * " cm", " s", " degrees"; nothing for a fraction-style unit such as "/10", which would only repeat the
     * maximum ("from 0 to 10/10").
     */
    private static String unitSuffix(String unit) {
        if (unit == null || unit.isBlank() || unit.startsWith("/")) {
            return "";
        }
        return " " + unit;
    }

    private static String chooseOneOf(List<Choice> choices) {
        StringBuilder sb = new StringBuilder("Choose one of these: ");
        for (int i = 0; i < choices.size(); i++) {
            if (i > 0) {
                sb.append(i == choices.size() - 1 ? " or " : ", ");
            }
            sb.append('"').append(choices.get(i).label()).append('"');
        }
        return sb.append('.').toString();
    }
}
