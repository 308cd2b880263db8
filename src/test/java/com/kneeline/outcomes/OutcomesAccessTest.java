package com.kneeline.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.kneeline.CoachingTest;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;

/** Outcomes are read by the person and their linked trainer only; input is refused with a message, not saved. */
class OutcomesAccessTest extends CoachingTest {

    @Autowired
    OutcomesService outcomes;

    @Test
    void onlyThePersonAndTheirLinkedTrainerReadTheirOutcomes() {
        long client = register("Cleo", Role.INDIVIDUAL);
        long trainer = register("Tess", Role.TRAINER);
        long stranger = register("Sam", Role.TRAINER);
        coach(trainer, client);
        signIn(client);
        outcomes.answer("koos-sport", Map.of("squatting", "none", "running", "mild", "jumping", "mild",
                "twisting", "none", "kneeling", "none"));

        signIn(trainer);
        assertThat(outcomes.overview(client).proms().get(1).scores()).extracting(OutcomesOverview.Score::value)
                .containsExactly(90.0);
        signIn(stranger);
        assertThatThrownBy(() -> outcomes.overview(client)).isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void tooFewAnswersAndOutOfRangeResultsAreRefusedWithAMessageAndNothingIsSaved() {
        signIn(register("Nia", Role.INDIVIDUAL));
        assertThatThrownBy(() -> outcomes.answer("koos-sport", Map.of("squatting", "none", "running", "mild")))
                .isInstanceOf(OutcomeInputException.class).hasMessage("Please answer at least 3 of the 5 questions.");
        assertThatThrownBy(() -> outcomes.answer("kujala", Map.of("limp", "none")))
                .isInstanceOf(OutcomeInputException.class).hasMessage("Please answer every question.");
        assertThatThrownBy(() -> outcomes.record("lateral-step-down", InvolvedSide.LEFT, 7, 0))
                .isInstanceOf(OutcomeInputException.class).hasMessage("Enter a value from 0 to 6 points.");
        OutcomesOverview o = outcomes.overview();
        assertThat(o.proms()).allSatisfy(s -> assertThat(s.scores()).isEmpty());
        assertThat(o.tests()).allSatisfy(t -> assertThat(t.results()).isEmpty());
        assertThat(o.questionnairesDue()).isTrue();
        assertThat(o.ratingDue()).as("nothing to compare with yet").isFalse();
    }
}
