package com.kneeline.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many attempts are allowed in which window before KneeLine makes a person wait, per kind of key. Set with
 * {@code kneeline.security.throttle.*}; the defaults follow ASVS V2.2.1 (no more than 100 failed attempts an hour
 * per account) with a much lower per-account figure, because a person who forgot their password needs few tries.
 */
@ConfigurationProperties("kneeline.security.throttle")
public record ThrottleProperties(Limit account, Limit address, Limit registration) {

    public ThrottleProperties {
        account = account == null ? new Limit(5, Duration.ofMinutes(15)) : account;
        address = address == null ? new Limit(30, Duration.ofMinutes(15)) : address;
        registration = registration == null ? new Limit(10, Duration.ofHours(1)) : registration;
    }

    /** {@code attempts} failures (or sign-ups) per {@code window}; all of them come back when the window has passed. */
    public record Limit(int attempts, Duration window) {

        public Limit {
            if (attempts < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A throttle limit needs at least one attempt and a positive window");
            }
        }
    }
}
