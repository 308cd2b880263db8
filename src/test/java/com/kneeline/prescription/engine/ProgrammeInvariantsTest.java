package com.kneeline.prescription.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Thousands of seeded random requests; every programme must satisfy every invariant. */
class ProgrammeInvariantsTest {

    private static final int CASES = 3_000;
    private static final long SEED = 20_251_121L;

    private final ProgrammeInvariants invariants = new ProgrammeInvariants(Rx.CATALOGUE, Rx.ENGINE);

    @Test
    void everyRandomProgrammeSatisfiesEveryInvariant() {
        RandomRequests requests = new RandomRequests(Rx.CATALOGUE, SEED);
        int referral = 0;
        int lowLoad = 0;
        int compact = 0;
        for (int i = 0; i < CASES; i++) {
            PrescriptionRequest request = requests.next();
            Programme programme = Rx.ENGINE.prescribe(request);
            try {
                invariants.check(request, programme);
            } catch (AssertionError e) {
                throw new AssertionError("case " + i + " (seed " + SEED + "): " + request + "\n" + e.getMessage(), e);
            }
            referral += programme.kind() == Programme.Kind.REFERRAL_ONLY ? 1 : 0;
            lowLoad += programme.kind() == Programme.Kind.LOW_LOAD ? 1 : 0;
            compact += programme.sessions().stream()
                    .anyMatch(s -> s.estimatedMinutes() > request.minutesPerSession()) ? 1 : 0;
        }
        // the generator really reaches every kind of programme
        assertThat(referral).isPositive();
        assertThat(lowLoad).isPositive();
        assertThat(compact).isPositive().isLessThan(CASES / 2);
    }
}
