package com.kneeline.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between trainers and clients: a trainer makes an invite, a signed-in person accepts it, either side ends
 * the link. {@link PersonAccess} reads the links on every call, so ending one revokes the trainer's access at once.
 */
@Service
public class TrainerLinkService {

    /** How long an invite code can be used; long enough to hand over at one visit and use before the next. */
    public static final Duration INVITE_VALIDITY = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrainerInviteRepository invites;
    private final TrainerLinkRepository links;
    private final AccountRepository accounts;
    private final PersonAccess access;
    private final Clock clock;

    TrainerLinkService(TrainerInviteRepository invites, TrainerLinkRepository links, AccountRepository accounts,
                       PersonAccess access, Clock clock) {
        this.invites = invites;
        this.links = links;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /** A fresh invite code; the path {@code /join/CODE} accepts it too. */
    public record Invite(String code, Instant expiresAt) {
        public String path() {
            return "join/" + code;
        }
    }

    /** The signed-in person's trainer. */
    public record MyTrainer(long trainerId, String name, String email, Instant since) {
    }

    /** A client as their trainer sees the link. */
    public record Client(long clientId, String name, String email, Instant linkedSince) {
    }

    @PreAuthorize("hasRole('TRAINER')")
    @Transactional
    public Invite createInvite() {
        long me = access.me().id();
        Instant now = clock.instant();
        String code;
        do {
            code = randomCode();
        } while (invites.existsByCode(code));
        TrainerInvite invite = invites.save(new TrainerInvite(code, me, now, now.plus(INVITE_VALIDITY)));
        return new Invite(invite.getCode(), invite.getExpiresAt());
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder(TrainerInvite.CODE_LENGTH);
        for (int i = 0; i < TrainerInvite.CODE_LENGTH; i++) {
            code.append(TrainerInvite.CODE_ALPHABET.charAt(RANDOM.nextInt(TrainerInvite.CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * Links the signed-in person to the trainer who made the invite.
     *
     * @throws InviteException for an unknown, expired or used code, the person's own code, or when they already
     *                         have a trainer (one at a time: they unlink first)
     */
    @Transactional
    public MyTrainer accept(String typedCode) {
        long me = access.me().id();
        String code = TrainerInvite.normalise(typedCode);
        if (code.isEmpty()) {
            throw new InviteException("Enter the code your trainer gave you.");
        }
        TrainerInvite invite = invites.findByCode(code)
                .orElseThrow(() -> new InviteException("No invite has this code. Check it with your trainer."));
        Instant now = clock.instant();
        if (invite.getTrainerId() == me) {
            throw new InviteException("This is your own invite code: give it to your client.");
        }
        if (invite.isUsed()) {
            throw new InviteException("This code has already been used. Ask your trainer for a new one.");
        }
        if (invite.isExpired(now)) {
            throw new InviteException("This code has expired. Ask your trainer for a new one.");
        }
        Optional<TrainerLink> current = links.findByClientIdAndUnlinkedAtIsNull(me);
        if (current.isPresent()) {
            throw new InviteException(current.get().getTrainerId() == invite.getTrainerId()
                    ? "You are already linked to this trainer."
                    : "You already have a trainer. Unlink first to change trainer.");
        }
        Account trainer = accounts.findById(invite.getTrainerId()).filter(a -> a.hasRole(Role.TRAINER))
                .orElseThrow(() -> new InviteException("This code is no longer valid. Ask your trainer for a new one."));
        invite.use(me, now);
        try {
            links.saveAndFlush(new TrainerLink(trainer.getId(), me, now));
        } catch (DataIntegrityViolationException acceptedTwiceAtOnce) {
            // Two codes accepted at the same moment: the unique active-client column lets only one through.
            throw new InviteException("You already have a trainer. Unlink first to change trainer.");
        }
        return new MyTrainer(trainer.getId(), trainer.getDisplayName(), trainer.getEmail(), now);
    }

    /** The signed-in person's trainer while linked. */
    @Transactional(readOnly = true)
    public Optional<MyTrainer> myTrainer() {
        return links.findByClientIdAndUnlinkedAtIsNull(access.me().id()).flatMap(link ->
                accounts.findById(link.getTrainerId()).map(trainer ->
                        new MyTrainer(trainer.getId(), trainer.getDisplayName(), trainer.getEmail(), link.getLinkedAt())));
    }

    /** Ends the signed-in person's link to their trainer; nothing to do without one. */
    @Transactional
    public void unlinkMyTrainer() {
        links.findByClientIdAndUnlinkedAtIsNull(access.me().id()).ifPresent(link -> link.end(clock.instant()));
    }

    /** A linked client's name and link date, for the trainer's client page; anyone else is not found. */
    @PreAuthorize("hasRole('TRAINER')")
    @Transactional(readOnly = true)
    public Client client(long clientId) {
        long trainer = access.me().id();
        TrainerLink link = links.findByTrainerIdAndClientIdAndUnlinkedAtIsNull(trainer, clientId)
                .orElseThrow(() -> new PersonNotFoundException(clientId));
        Account client = accounts.findById(clientId).orElseThrow(() -> new PersonNotFoundException(clientId));
        return new Client(clientId, client.getDisplayName(), client.getEmail(), link.getLinkedAt());
    }

    /** The trainer ends the link from their side; the client is told on their "My trainer" page. */
    @PreAuthorize("hasRole('TRAINER')")
    @Transactional
    public void endLink(long clientId) {
        long trainer = access.me().id();
        links.findByTrainerIdAndClientIdAndUnlinkedAtIsNull(trainer, clientId)
                .orElseThrow(() -> new PersonNotFoundException(clientId)).end(clock.instant());
    }

    /** How many clients the signed-in trainer coaches now. */
    @PreAuthorize("hasRole('TRAINER')")
    @Transactional(readOnly = true)
    public long clientCount() {
        return links.countByTrainerIdAndUnlinkedAtIsNull(access.me().id());
    }
}
