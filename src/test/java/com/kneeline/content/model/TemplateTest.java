package com.kneeline.content.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void placeholdersAreListedInOrderWithSpacesInsideTheBracesIgnored() {
        assertThat(Template.placeholders("On your {side} leg: { knee-to-wall-cm } cm, {side} again"))
                .containsExactly("side", "knee-to-wall-cm", "side");
    }

    @Test
    void fillingReplacesKnownNamesAndLeavesUnknownOnesAsWritten() {
        assertThat(Template.fill("For {finding} on your {side}: {evidence}", Map.of("finding", "stiff ankle", "side", "left")))
                .isEqualTo("For stiff ankle on your left: {evidence}");
    }

    @Test
    void aValueWithDollarsOrBackslashesIsInsertedLiterally() {
        assertThat(Template.fill("Cost: {price}", Map.of("price", "$5 \\ each"))).isEqualTo("Cost: $5 \\ each");
    }

    @Test
    void onlyTheInnermostBracePairIsAPlaceholderAndAnUnclosedBraceIsKept() {
        assertThat(Template.placeholders("a {b {c} d} {e")).containsExactly("c");
        assertThat(Template.fill("a {b {c} d} {e", Map.of("c", "C"))).isEqualTo("a {b C d} {e");
    }
}
