package com.kneeline.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who saw my data": every time someone other than the person (their trainer) opens that person's health data, an
 * entry is written, and the person reads the list on My account. {@link PersonAccess} records it, so no feature can
 * forget to. One entry per viewer, person and kind of data per {@link #SAME_VISIT}, so a page that reads the data
 * several times, or a trainer clicking about a client's page, is one visit, not fifty.
 */
@Service
public class AccessLog {

    static final Duration SAME_VISIT = Duration.ofMinutes(10);

    /** What a feature's reads show, in the person's words; the feature is named by its package. */
    private static final Map<String, String> WHAT = Map.of(
            "assessment", "Assessments and findings",
            "prescription", "Programme",
            "tracking", "Sessions, pain, flags and check-ins",
            "trainer", "Overview on the trainer's client page");

    private final AccessLogRepository entries;
    private final Clock clock;
    private final Cache<String, Boolean> recent = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(SAME_VISIT).build();

    AccessLog(AccessLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** One line of the list: who (their name then, or "a deleted account"), in which role, what, when. */
    public record Visit(String who, String role, String what, Instant when) {
    }

    /**
     * Written in its own transaction: the read that triggers it is often a read-only one, and the record must be
     * kept even when the read itself fails later.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AccountSummary viewer, long personId) {
        String what = whatIsRead();
        String key = viewer.id() + ":" + personId + ":" + what;
        if (recent.getIfPresent(key) != null) {
            return;
        }
        String role = viewer.hasRole(Role.TRAINER) ? Role.TRAINER.label() : viewer.roles().stream().findFirst()
                .map(Role::label).orElse("");
        entries.save(new AccessLogEntry(personId, viewer.id(), viewer.displayName(), role, what, clock.instant()));
        recent.put(key, Boolean.TRUE);
    }

    @Transactional(readOnly = true)
    public List<Visit> mine(long myId, Pageable page) {
        return entries.findByPersonIdOrderBySeenAtDesc(myId, page).map(e -> new Visit(
                e.getViewerName() == null ? "A deleted account" : e.getViewerName(), e.getViewerRole(), e.getWhat(),
                e.getSeenAt())).getContent();
    }

    @Transactional(readOnly = true)
    public long countMine(long myId) {
        return entries.countByPersonId(myId);
    }

    /** The feature whose service asked for access: the first caller outside the account package. */
    private static String whatIsRead() {
        String feature = StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.startsWith("com.kneeline.") && !name.startsWith("com.kneeline.account."))
                .map(name -> name.substring("com.kneeline.".length()).split("\\.", 2)[0])
                .findFirst().orElse("account"));
        return WHAT.getOrDefault(feature, feature.substring(0, 1).toUpperCase(Locale.ROOT) + feature.substring(1));
    }
}
