package com.kneeline.account;

import org.springframework.stereotype.Component;

/**
 * Whose health data the signed-in account may see or change. Services call this before they read or write a
 * person's data by id, so a tampered id in a route or request is refused in the service, not only hidden in a
 * view. Refusals are {@link PersonNotFoundException}: "not found" never confirms that someone else's record exists.
 * <p>
 * A person reaches their own data; a trainer also reaches a client's while an active {@link TrainerLink} joins them.
 */
@Component
public class PersonAccess {

    private final CurrentUser currentUser;
    private final TrainerLinkRepository links;
    private final AccessLog accessLog;

    PersonAccess(CurrentUser currentUser, TrainerLinkRepository links, AccessLog accessLog) {
        this.currentUser = currentUser;
        this.links = links;
        this.accessLog = accessLog;
    }

    /** The signed-in account; services are only reachable signed in. */
    public AccountSummary me() {
        return currentUser.get().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }

    /**
     * The person's id if the signed-in account may read their data: themselves, or their trainer while linked. A
     * trainer's read is written to the person's {@link AccessLog} ("who saw my data").
     */
    public long requireReadable(long personId) {
        AccountSummary me = me();
        if (me.id() == personId) {
            return personId;
        }
        if (isCoaching(me.id(), personId)) {
            accessLog.record(me, personId);
            return personId;
        }
        throw new PersonNotFoundException(personId);
    }

    /**
     * The person's id if it is the signed-in account's own: for what only the person does themselves (log a session,
     * check in, report a change). A trainer gets "not found" like anyone else.
     */
    public long requireSelf(long personId) {
        if (me().id() == personId) {
            return personId;
        }
        throw new PersonNotFoundException(personId);
    }

    /** The client's id if the signed-in account is a trainer linked to them now (for trainer-only changes). */
    public long requireCoaching(long clientId) {
        AccountSummary me = me();
        if (me.hasRole(Role.TRAINER) && isCoaching(me.id(), clientId)) {
            accessLog.record(me, clientId);
            return clientId;
        }
        throw new PersonNotFoundException(clientId);
    }

    /**
     * Whether {@code trainerId} is linked to {@code clientId} right now. Asked of the database on every call (no
     * cache), so unlinking revokes access on the trainer's very next request.
     */
    public boolean isCoaching(long trainerId, long clientId) {
        return trainerId != clientId && links.existsByTrainerIdAndClientIdAndUnlinkedAtIsNull(trainerId, clientId);
    }
}
