package com.kneeline.takeaway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.kneeline.account.AccountService;
import com.kneeline.account.AccountSummary;
import com.kneeline.account.PersonAccess;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.ReassessmentStatus;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The take-away feature's calendar: a secret feed address per person, which they can revoke or replace, and the
 * feed itself. The address is 256 random bits; only its SHA-256 is stored, so the address is shown once, when made.
 * <p>
 * The feed is read without a sign-in: the secret proves whose it is, and the feed is then built through the same
 * services (and {@link PersonAccess}) as the person's own screens, signed in as them for that read alone. It holds
 * session times, exercise names and the check-in date, and no health detail.
 */
@Service
public class CalendarFeedService {

    /** Sessions go in the calendar at this time until the person picks another. */
    public static final LocalTime DEFAULT_SESSION_TIME = LocalTime.of(18, 0);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the person sees about their feed; the address itself only once, from {@link #start}. */
    public record Settings(boolean active, Instant activeSince, ZoneId zone, LocalTime sessionTime) {
    }

    private final CalendarFeedRepository feeds;
    private final PersonAccess access;
    private final AccountService accounts;
    private final ProgrammeService programmes;
    private final ReassessmentService reassessments;
    private final ContentService content;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    CalendarFeedService(CalendarFeedRepository feeds, PersonAccess access, AccountService accounts,
                        ProgrammeService programmes, ReassessmentService reassessments, ContentService content,
                        Clock clock, SecurityContextHolderStrategy security) {
        this.security = security;
        this.feeds = feeds;
        this.access = access;
        this.accounts = accounts;
        this.programmes = programmes;
        this.reassessments = reassessments;
        this.content = content;
        this.clock = clock;
    }

    /** The signed-in person's feed settings; before they make a feed, the browser's zone and the default time. */
    @Transactional(readOnly = true)
    public Settings mine(ZoneId browserZone) {
        return feeds.findByPersonId(access.me().id())
                .map(feed -> new Settings(feed.isActive(), feed.getCreatedAt(), feed.getZone(), feed.getSessionTime()))
                .orElse(new Settings(false, null, browserZone, DEFAULT_SESSION_TIME));
    }

    /**
     * Makes a new secret address for the signed-in person, replacing any earlier one (which stops working at once),
     * and returns its token for the address. The zone and time are the person's choice for the feed's times.
     */
    @Transactional
    public String start(ZoneId zone, LocalTime sessionTime) {
        CalendarFeed feed = ownFeed(zone, sessionTime);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        feed.activate(hash(token), clock.instant());
        feeds.save(feed);
        return token;
    }

    /** The address stops working; the person's zone and time stay for a later feed. */
    @Transactional
    public void revoke() {
        feeds.findByPersonId(access.me().id()).ifPresent(CalendarFeed::revoke);
    }

    /** The signed-in person's zone and time for their calendar; the address, if any, stays the same. */
    @Transactional
    public void setSchedule(ZoneId zone, LocalTime sessionTime) {
        feeds.save(ownFeed(zone, sessionTime));
    }

    private CalendarFeed ownFeed(ZoneId zone, LocalTime sessionTime) {
        CalendarFeed feed = feeds.findByPersonId(access.me().id())
                .orElseGet(() -> new CalendarFeed(access.me().id(), zone, sessionTime));
        feed.setSchedule(zone, sessionTime);
        return feed;
    }

    /** The iCalendar text for a feed token, or empty for a token that is unknown or revoked. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).flatMap(feed -> accounts.findById(feed.getPersonId())
                .map(person -> asPerson(person, () -> calendar(feed))));
    }

    private String calendar(CalendarFeed feed) {
        FeedCalendar calendar = new FeedCalendar(feed.getId(), feed.getZone(), feed.getSessionTime(), clock.instant());
        boolean onHold = programmes.hold().isPresent();
        Optional<ProgrammeDetails> programme = onHold ? Optional.empty() : programmes.current();
        List<SessionPlan> sessions = programme.map(p -> p.programme().sessions()).orElse(List.of());
        for (SessionPlan session : sessions) {
            List<String> names = session.exercises().stream()
                    .map(planned -> content.exercise(planned.exerciseId()).map(e -> e.name()).orElse(""))
                    .filter(name -> !name.isEmpty()).toList();
            calendar.weekly(session.number(), session.dayOfWeek(), session.estimatedMinutes(), names);
        }
        reassessments.status().map(ReassessmentStatus::dueDate).ifPresent(calendar::checkIn);
        return calendar.write();
    }

    /**
     * Runs a read as the feed's owner, so it passes through the owner's own access checks; the sign-in lives in a
     * context of its own for this call only, and is never stored in a session.
     */
    private <T> T asPerson(AccountSummary person, Supplier<T> read) {
        SecurityContext before = security.getContext();
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.email(), null, List.of()));
        security.setContext(context);
        // The services find the signed-in person through Vaadin's AuthenticationContext, which reads the static
        // holder. In the running app that is this same strategy; with several Spring contexts in one JVM (the test
        // suite) it may be another's, so the sign-in is set there too.
        SecurityContext staticBefore = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(staticBefore);
            security.setContext(before);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
