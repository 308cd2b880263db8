package com.kneeline.demo;

import java.time.Instant;

import com.kneeline.base.SettableUtcClock;

/**
 * The application clock in the demo profile: the system clock, except while the seeder plays weeks of history,
 * when it stands at the simulated moment. Afterwards it follows the system clock again.
 */
final class DemoClock extends SettableUtcClock {

    private volatile Instant fixed;

    void set(Instant now) {
        fixed = now;
    }

    void release() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
