package com.kneeline.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.base.Dates;

import org.springframework.stereotype.Component;

/**
 * The tracker's services check every person id here, through {@link PersonAccess}; a refusal reads as "not found"
 * in the tracker's own words, so it never confirms that someone else's log exists. Also the person's calendar: now and
 * today by the application clock.
 */
@Component
class TrackedPerson {

    private final PersonAccess access;
    private final Clock clock;

    TrackedPerson(PersonAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Today in the person's calendar. */
    LocalDate today() {
        return Dates.today(clock);
    }

    /** The person's id if the signed-in account may read their log (themselves, or their trainer while linked). */
    long readable(long personId) {
        try {
            return access.requireReadable(personId);
        } catch (PersonNotFoundException notVisible) {
            throw new SessionNotFoundException("person", personId);
        }
    }

    /** The person's id if it is the signed-in account's own: only the person logs, checks in and reports. */
    long self(long personId) {
        try {
            return access.requireSelf(personId);
        } catch (PersonNotFoundException notSelf) {
            throw new SessionNotFoundException("person", personId);
        }
    }

    /** The client's id if the signed-in account is their trainer now; otherwise {@code what} is not found. */
    long coaching(long clientId, String what, long id) {
        try {
            return access.requireCoaching(clientId);
        } catch (PersonNotFoundException notCoaching) {
            throw new SessionNotFoundException(what, id);
        }
    }

    AccountSummary me() {
        return access.me();
    }
}
