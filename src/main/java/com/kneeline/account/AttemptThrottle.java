package com.kneeline.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and mass sign-up with Bucket4j token buckets: one per account (email), one per
 * client address, one per address for sign-ups. A failed attempt takes a token; with none left the next attempt
 * is refused without checking the password, until the window refills the bucket. A success resets the account's
 * bucket (not the address's, so an attacker cannot clear it by signing in to an account of their own).
 * <p>
 * Buckets live in memory (a restart forgets them) in size-bounded Caffeine caches that drop idle keys after a
 * window, so guesses from many addresses cannot exhaust memory.
 */
@Component
public class AttemptThrottle {

    private static final int MAX_KEYS = 100_000;

    private final ThrottleProperties limits;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> registrations;

    AttemptThrottle(ThrottleProperties limits) {
        this.limits = limits;
        this.accounts = cache(limits.account());
        this.addresses = cache(limits.address());
        this.registrations = cache(limits.registration());
    }

    private static Cache<String, Bucket> cache(ThrottleProperties.Limit limit) {
        return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(limit.window()).build();
    }

    private static Bucket bucket(ThrottleProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.attempts()).refillIntervally(limit.attempts(), limit.window()))
                .build();
    }

    /** How long sign-in for this email from this address must wait, or empty when it may be tried now. */
    public Optional<Duration> signInBlockedFor(String email, String address) {
        Duration wait = max(waitOf(accounts, key(email), limits.account()), waitOf(addresses, address, limits.address()));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void signInFailed(String email, String address) {
        accounts.get(key(email), k -> bucket(limits.account())).tryConsume(1);
        addresses.get(address(address), k -> bucket(limits.address())).tryConsume(1);
    }

    public void signInSucceeded(String email) {
        Bucket bucket = accounts.getIfPresent(key(email));
        if (bucket != null) {
            bucket.reset();
        }
    }

    /** Takes one sign-up attempt from this address; empty when allowed, else how long to wait. */
    public Optional<Duration> tryRegistration(String address) {
        Bucket bucket = registrations.get(address(address), k -> bucket(limits.registration()));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** "Too many attempts. Try again in N minutes." with N rounded up, at least 1. */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private static Duration waitOf(Cache<String, Bucket> cache, String key, ThrottleProperties.Limit limit) {
        Bucket bucket = cache.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String key(String email) {
        return Account.normaliseEmail(email);
    }

    private static String address(String address) {
        return address == null ? "" : address.toLowerCase(Locale.ROOT);
    }
}
