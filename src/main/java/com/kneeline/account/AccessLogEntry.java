package com.kneeline.account;

import java.time.Instant;

import com.kneeline.base.BaseEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Someone other than the person opened their health data: who (and their name then), what, when. The viewer's
 * columns are nullable so that erasing the viewer's account keeps the person's record of the visit, anonymised.
 */
@Entity
@Table(name = "access_log")
class AccessLogEntry extends BaseEntity {

    static final int WHAT_MAX_LENGTH = 100;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "viewer_id")
    private Long viewerId;

    @Column(name = "viewer_name", length = Account.DISPLAY_NAME_MAX_LENGTH)
    private String viewerName;

    @Column(name = "viewer_role", nullable = false, length = 20)
    private String viewerRole;

    @Column(nullable = false, length = WHAT_MAX_LENGTH)
    private String what;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected AccessLogEntry() {
        // for JPA
    }

    AccessLogEntry(long personId, long viewerId, String viewerName, String viewerRole, String what, Instant seenAt) {
        this.personId = personId;
        this.viewerId = viewerId;
        this.viewerName = viewerName;
        this.viewerRole = viewerRole;
        this.what = what;
        this.seenAt = seenAt;
    }

    String getViewerName() {
        return viewerName;
    }

    String getViewerRole() {
        return viewerRole;
    }

    String getWhat() {
        return what;
    }

    Instant getSeenAt() {
        return seenAt;
    }
}
