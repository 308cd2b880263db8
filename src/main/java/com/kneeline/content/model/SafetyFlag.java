package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A safety-screen flag; when raised it sends the person to a professional at the flag's level of urgency within its
 * time frame. A flag is either asked ({@code question}, answered yes/no, with {@code help}) or raised by other
 * answers ({@code raisedWhen}: every condition holds, e.g. a recent injury and an age of 55 or over), then
 * {@code reason} says why in words.
 */
public record SafetyFlag(
        @NotNull String id,
        @NotNull FlagLevel level,
        @NotNull TimeFrame timeFrame,
        String question,
        String help,
        List<Condition> raisedWhen,
        String reason,
        @NotNull String professional,
        @NotNull String howSoon,
        @NotNull @Size(min = 1) List<String> references,
        List<EvidenceMarker> evidence,
        String evidenceNote) implements Cited {

    public SafetyFlag {
        raisedWhen = List.copyOf(raisedWhen);
        references = List.copyOf(references);
        evidence = List.copyOf(evidence);
    }

    /** Asked on the safety screen (rather than raised by other answers). */
    public boolean asked() {
        return raisedWhen.isEmpty();
    }

    /** Why the flag was raised, as the person reads it. */
    public String statement() {
        return asked() ? "You answered yes to: " + question : reason;
    }
}
