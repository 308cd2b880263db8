package com.kneeline.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application clock in the demo profile: the system clock, except while the seeder plays weeks of history,
 * when it stands at the simulated moment. Afterwards it follows the system clock again.
 */
final class DemoClock extends Clock {

    private volatile Instant fixed;

    void set(Instant now) {
        fixed = now;
    }

    void release() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
