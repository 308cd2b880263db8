package com.kneeline.assessment.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.kneeline.content.model.Input;

/** Plain-words checks of one raw value against its input in the bundled pack. */
class CheckValueTest {

    private static final FindingsEngine ENGINE = Bundled.ENGINE;

    @ParameterizedTest
    @CsvSource({
            "knee-to-wall-cm, 0", "knee-to-wall-cm, 25", "knee-to-wall-cm, 6.5", "knee-to-wall-cm, 12",
            "navicular-drop-mm, 10.1", "sls-fppa-degrees, -30", "sls-fppa-degrees, 7.25",
            "hip-abduction-hold-seconds, 0", "hip-abduction-hold-seconds, 600", "fpi6-total, -12", "fpi6-total, 12",
            "pain-at-rest, 0", "pain-at-rest, 10", "sls-pain, 5",
            "pelvic-drop, yes", "pelvic-drop, no",
            "knee-to-wall-result, measured", "knee-to-wall-result, could-not-reach", "knee-to-wall-result, painful"})
    void aValueThatFitsItsInputIsFine(String inputId, String raw) {
        assertThat(ENGINE.checkValue(inputId, raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "Yes", "true", "", " yes"})
    void aYesNoAnswerMustBeYesOrNo(String raw) {
        assertThat(ENGINE.checkValue("sls-knee-inward", raw)).contains("Answer yes or no.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25.1", "-0.1", "100", "abc", "6,5", "NaN", "Infinity", "-Infinity", "", " ", "1e1",
            "6.5cm"})
    void aDecimalOutsideItsRangeOrNotANumberIsExplainedWithTheRangeAndUnit(String raw) {
        assertThat(ENGINE.checkValue("knee-to-wall-cm", raw)).contains("Enter a number from 0 to 25 cm.");
    }

    @Test
    void theMessageUsesTheInputsOwnRangeAndUnit() {
        assertThat(ENGINE.checkValue("navicular-drop-mm", "31")).contains("Enter a number from 0 to 30 mm.");
        assertThat(ENGINE.checkValue("sls-fppa-degrees", "61"))
                .contains("Enter a number from -30 to 60 degrees.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.5", "601", "-1", "abc", "20,0"})
    void anIntegerMustBeAWholeNumberInRange(String raw) {
        assertThat(ENGINE.checkValue("hip-abduction-hold-seconds", raw))
                .contains("Enter a whole number from 0 to 600 s.");
    }

    @Test
    void anIntegerWithoutAUnitIsExplainedWithoutOne() {
        assertThat(ENGINE.checkValue("fpi6-total", "13")).contains("Enter a whole number from -12 to 12.");
        assertThat(ENGINE.checkValue("fpi6-total", "6.5")).contains("Enter a whole number from -12 to 12.");
    }

    @Test
    void aWholeNumberWrittenWithAZeroDecimalIsAccepted() {
        assertThat(ENGINE.checkValue("hip-abduction-hold-seconds", "30.0")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "-1", "5.5", "five"})
    void aScaleMustBeAWholeNumberOnItsScaleWithoutRepeatingTheOutOfTenUnit(String raw) {
        assertThat(ENGINE.checkValue("pain-during-activity", raw)).contains("Enter a whole number from 0 to 10.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"could not reach", "Measured", "", "other"})
    void aChoiceMustBeOneOfItsIdsAndTheMessageNamesTheOptions(String raw) {
        assertThat(ENGINE.checkValue("knee-to-wall-result", raw)).contains("Choose one of these: \"Yes, I measured"
                + " it\", \"My knee could not reach the wall\" or \"It was painful\".");
    }

    @Test
    void aSafetyQuestionIsAYesNoInput() {
        assertThat(ENGINE.checkValue("giving-way", "yes")).isEmpty();
        assertThat(ENGINE.checkValue("giving-way", "perhaps")).contains("Answer yes or no.");
    }

    @Test
    void aNullValueIsNotFine() {
        assertThat(ENGINE.checkValue("knee-to-wall-cm", null)).contains("Enter a number from 0 to 25 cm.");
        assertThat(ENGINE.checkValue("pelvic-drop", null)).contains("Answer yes or no.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-input", "age", ""})
    void anUnknownInputIdIsAProgrammingError(String inputId) {
        assertThatIllegalArgumentException().isThrownBy(() -> ENGINE.checkValue(inputId, "1"))
                .withMessageContaining("Unknown input id");
    }

    @Test
    void everyInputOfThePackAcceptsItsOwnMinimumAndMaximum() {
        for (var test : Bundled.CATALOGUE.tests()) {
            for (Input input : test.inputs()) {
                if (input.isNumeric()) {
                    assertThat(ENGINE.checkValue(input.id(), RuleAnswers.fmt(java.math.BigDecimal.valueOf(input.min()))))
                            .as(input.id()).isEmpty();
                    assertThat(ENGINE.checkValue(input.id(), RuleAnswers.fmt(java.math.BigDecimal.valueOf(input.max()))))
                            .as(input.id()).isEmpty();
                }
            }
        }
    }
}
