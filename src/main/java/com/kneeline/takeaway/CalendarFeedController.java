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
 * permission. An unknown or revoked secret is a plain 404, the same for both, so a guess learns nothing. Each
 * client address gets a Bucket4j token bucket (calendar apps poll every few hours; a burst of guesses is refused
 * with 429). The security headers are those of every page: this path goes through the same filter chain.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar/";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final int REQUESTS_PER_WINDOW = 30;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final CalendarFeedService feeds;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(WINDOW).build();

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        ConsumptionProbe probe = buckets.get(request.getRemoteAddr().toLowerCase(Locale.ROOT), address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(REQUESTS_PER_WINDOW).refillGreedy(REQUESTS_PER_WINDOW, WINDOW))
                .build()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).build();
        }
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kneeline.ics\"")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
