package com.kneeline;

import java.time.Duration;
import java.time.Instant;

import com.kneeline.base.SettableUtcClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move by hand, for weeks of check-ins. Test classes that {@code @Import} it share one Spring
 * context (and one database), so each test sets the time it needs and uses its own people.
 */
@TestConfiguration
public class TestClock {

    public static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Bean
    @Primary
    Movable movableClock() {
        return new Movable();
    }

    /** The application's "now": set it, or move it on. */
    public static final class Movable extends SettableUtcClock {
        private volatile Instant now = MONDAY;

        public void set(Instant instant) {
            now = instant;
        }

        public void plus(Duration duration) {
            now = now.plus(duration);
        }

        public void plusDays(long days) {
            now = now.plus(Duration.ofDays(days));
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
