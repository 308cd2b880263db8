package com.kneeline.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock whose instant is decided by its subclass: the demo seeder's and the tests' stand-ins for
 * {@link ClockConfiguration}'s system clock, so "now" is in the same zone whichever clock is in use.
 */
public abstract class SettableUtcClock extends Clock {

    @Override
    public final ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Stays in UTC: the app never asks for another zone, and a copy would stop following this clock's moves. */
    @Override
    public final Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public abstract Instant instant();
}
