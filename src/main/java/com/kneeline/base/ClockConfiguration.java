package com.kneeline.base;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every feature takes "now" from this bean rather than from the system, so tests can move a person through
 * weeks of a programme by swapping in a fixed or offset clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
