package com.kneeline.takeaway;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's calendar feed: the hash of its secret address (none while revoked), and the person's time zone and
 * time of day for their sessions. The row outlives a revocation so the settings stay.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    /** An IANA zone id such as "America/Argentina/ComodRivadavia" fits. */
    static final int ZONE_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "person_id", nullable = false, unique = true)
    private long personId;

    @Column(name = "token_hash", length = 64, unique = true)
    private String tokenHash;

    @Column(name = "time_zone", nullable = false, length = ZONE_MAX_LENGTH)
    private String timeZone;

    @Column(name = "session_time", nullable = false)
    private LocalTime sessionTime;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(long personId, ZoneId zone, LocalTime sessionTime) {
        this.personId = personId;
        this.timeZone = zone.getId();
        this.sessionTime = sessionTime;
    }

    Long getId() {
        return id;
    }

    long getPersonId() {
        return personId;
    }

    boolean isActive() {
        return tokenHash != null;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    LocalTime getSessionTime() {
        return sessionTime;
    }

    void activate(String tokenHash, Instant at) {
        this.tokenHash = tokenHash;
        this.createdAt = at;
    }

    void revoke() {
        this.tokenHash = null;
        this.createdAt = null;
    }

    void setSchedule(ZoneId zone, LocalTime time) {
        this.timeZone = zone.getId();
        this.sessionTime = time;
    }
}
