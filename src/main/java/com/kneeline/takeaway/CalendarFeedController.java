package com.kneeline.takeaway;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feed's address, the one page KneeLine serves without a sign-in: the secret in the path is the
 * permission. An unknown or revoked secret is a plain 404, the same for both, so a guess learns nothing. Bucket4j
 * token buckets keep it cheap to serve: wrong secrets count per client address (a burst of guesses is refused with
 * 429), and reads count per secret, not per address, because Google and Outlook fetch every subscriber's feed from a
 * few shared addresses. The security headers are those of every page: this path goes through the same filter chain.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar/";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    static final int WRONG_SECRETS_PER_WINDOW = 30;
    static final int READS_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final CalendarFeedService feeds;
    private final Cache<String, Bucket> wrongSecrets = cache();
    private final Cache<String, Bucket> reads = cache();

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    private static Cache<String, Bucket> cache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW).build();
    }

    private static Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW)).build();
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        Bucket guesses = wrongSecrets.get(request.getRemoteAddr().toLowerCase(Locale.ROOT),
                address -> bucket(WRONG_SECRETS_PER_WINDOW));
        if (guesses.getAvailableTokens() <= 0) {
            return tooMany(guesses.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
        ConsumptionProbe read = reads.get(CalendarFeedService.hash(token), secret -> bucket(READS_PER_WINDOW))
                .tryConsumeAndReturnRemaining(1);
        if (!read.isConsumed()) {
            return tooMany(read.getNanosToWaitForRefill());
        }
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kneeline.ics\"")
                        .body(ics))
                .orElseGet(() -> {
                    guesses.tryConsume(1);
                    return ResponseEntity.notFound().build();
                });
    }

    private static ResponseEntity<String> tooMany(long nanosToWait) {
        long seconds = Math.max(1, Duration.ofNanos(nanosToWait).toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).build();
    }
}
