package com.kneeline.content.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

/**
 * The outcomes part of the pack (outcomes.yaml): validated questionnaires, the global rating of change,
 * performance tests, the gates they drive and the maintenance programme. Java interprets it; the numbers live here.
 */
public record OutcomesContent(
        @NotNull @Size(min = 1) List<Prom> proms,
        @NotNull GlobalRating globalRating,
        @NotNull @Size(min = 1) List<PerformanceTest> performanceTests,
        @NotNull OutcomeGates gates,
        @NotNull Maintenance maintenance) {

    public OutcomesContent {
        proms = List.copyOf(proms);
        performanceTests = List.copyOf(performanceTests);
    }

    public Optional<Prom> prom(String id) {
        return proms.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<PerformanceTest> performanceTest(String id) {
        return performanceTests.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<PerformanceTest> hopTests() {
        return performanceTests.stream().filter(t -> t.kind() == PerformanceKind.HOP).toList();
    }
}
