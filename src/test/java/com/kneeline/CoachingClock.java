package com.kneeline;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The movable clock of {@link CoachingTest}'s context. */
@TestConfiguration
public class CoachingClock {

    @Bean
    @Primary
    CoachingTest.MovableClock coachingClock() {
        return new CoachingTest.MovableClock();
    }
}
