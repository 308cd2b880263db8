package com.kneeline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problemWith("knees over toes today", "sam@example.com")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTheMinimumIsRefusedWithTheMinimumInTheMessage() {
        assertThat(PasswordPolicy.problemWith("short1", "sam@example.com"))
                .hasValue("Use at least " + PasswordPolicy.MIN_LENGTH + " characters.");
    }

    @Test
    void aPasswordExactlyAtTheMinimumLengthIsAccepted() {
        assertThat(PasswordPolicy.problemWith("abcdefgh12", "sam@example.com")).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(PasswordPolicy.problemWith("Password123", "sam@example.com")).get().asString().contains("too common");
    }

    @Test
    void aPasswordOfOneRepeatedCharacterIsRefused() {
        assertThat(PasswordPolicy.problemWith("zzzzzzzzzzzz", "sam@example.com")).get().asString().contains("variety");
    }

    @Test
    void aPasswordBuiltFromTheEmailIsRefused() {
        assertThat(PasswordPolicy.problemWith("jordan.lee2026", "Jordan.Lee@example.com")).get().asString().contains("email");
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThat(PasswordPolicy.problemWith("ab1".repeat(50), "sam@example.com")).get().asString().contains("at most");
    }
}
