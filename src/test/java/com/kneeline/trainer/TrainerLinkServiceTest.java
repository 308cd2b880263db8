package com.kneeline.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kneeline.account.InviteException;
import com.kneeline.account.PersonAccess;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.tracking.SessionNotFoundException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invites, accepting them, and ending links, from both sides; access follows the link on every call. */
class TrainerLinkServiceTest extends CoachingTest {

    @Autowired
    PersonAccess access;

    @Test
    void aClientWhoAcceptsAnInviteSeesTheirTrainerAndTheTrainerCoachesThem() {
        String trainer = register("coach", "Casey Coach", Role.TRAINER);
        String client = register("client", "Cleo", Role.INDIVIDUAL);
        loginTrainer(trainer);
        TrainerLinkService.Invite invite = links.createInvite();
        assertThat(invite.code()).hasSize(8).matches("[A-HJ-KMNP-Z2-9]{8}");
        assertThat(invite.path()).isEqualTo("join/" + invite.code());
        assertThat(invite.expiresAt()).isEqualTo(MONDAY.plus(TrainerLinkService.INVITE_VALIDITY));

        loginClient(client);
        // typed by hand: lower case, with a space in the middle
        String typed = invite.code().substring(0, 4).toLowerCase() + " " + invite.code().substring(4);
        links.accept(typed);

        assertThat(links.myTrainer()).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("Casey Coach");
            assertThat(t.since()).isEqualTo(MONDAY);
        });
        assertThat(access.isCoaching(idOf(trainer), idOf(client))).isTrue();
        loginTrainer(trainer);
        assertThat(links.clientCount()).isOne();
        assertThat(links.client(idOf(client)).linkedSince()).isEqualTo(MONDAY);
    }

    @Test
    void anUnknownCodeIsRefusedWithAMessageForThePerson() {
        String client = register("client", "Cleo", Role.INDIVIDUAL);
        loginClient(client);
        assertThatThrownBy(() -> links.accept("ZZZZ2222")).isInstanceOf(InviteException.class)
                .hasMessageContaining("No invite has this code");
        assertThatThrownBy(() -> links.accept("  ")).isInstanceOf(InviteException.class)
                .hasMessageContaining("Enter the code");
        assertThat(links.myTrainer()).isEmpty();
    }

    @Test
    void anExpiredCodeIsRefused() {
        String trainer = register("coach", "Casey", Role.TRAINER);
        String client = register("client", "Cleo", Role.INDIVIDUAL);
        loginTrainer(trainer);
        String code = links.createInvite().code();
        clock.set(MONDAY.plus(TrainerLinkService.INVITE_VALIDITY));

        loginClient(client);
        assertThatThrownBy(() -> links.accept(code)).isInstanceOf(InviteException.class).hasMessageContaining("expired");
        assertThat(links.myTrainer()).isEmpty();
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String trainer = register("coach", "Casey", Role.TRAINER);
        String first = register("client", "Cleo", Role.INDIVIDUAL);
        String second = register("client", "Cal", Role.INDIVIDUAL);
        loginTrainer(trainer);
        String code = links.createInvite().code();
        loginClient(first);
        links.accept(code);

        loginClient(second);
        assertThatThrownBy(() -> links.accept(code)).isInstanceOf(InviteException.class)
                .hasMessageContaining("already been used");
        assertThat(access.isCoaching(idOf(trainer), idOf(second))).isFalse();
    }

    @Test
    void aTrainerCannotAcceptTheirOwnCode() {
        String trainer = register("coach", "Casey", Role.TRAINER);
        loginTrainer(trainer);
        String code = links.createInvite().code();
        assertThatThrownBy(() -> links.accept(code)).isInstanceOf(InviteException.class)
                .hasMessageContaining("your own invite code");
        assertThat(links.clientCount()).isZero();
    }

    @Test
    void aClientHasOneTrainerAtATime() {
        String first = register("coach", "Casey", Role.TRAINER);
        String second = register("coach", "Chris", Role.TRAINER);
        String client = register("client", "Cleo", Role.INDIVIDUAL);
        link(first, client);
        loginTrainer(second);
        String code = links.createInvite().code();

        loginClient(client);
        assertThatThrownBy(() -> links.accept(code)).isInstanceOf(InviteException.class)
                .hasMessageContaining("Unlink first");
        links.unlinkMyTrainer();
        links.accept(code);
        assertThat(links.myTrainer()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Chris"));
        assertThat(access.isCoaching(idOf(first), idOf(client))).isFalse();
        assertThat(access.isCoaching(idOf(second), idOf(client))).isTrue();
    }

    @Test
    void unlinkingRevokesTheTrainersAccessOnTheirNextCall() {
        String trainer = register("coach", "Casey", Role.TRAINER);
        String client = register("client", "Cleo", Role.INDIVIDUAL);
        link(trainer, client);
        long clientId = idOf(client);
        loginTrainer(trainer);
        assertThat(tracker.trainingHistory().historyCount(clientId)).isZero();
        assertThat(access.isCoaching(idOf(trainer), clientId)).isTrue();

        loginClient(client);
        links.unlinkMyTrainer();
        assertThat(links.myTrainer()).isEmpty();

        loginTrainer(trainer);
        assertThat(access.isCoaching(idOf(trainer), clientId)).isFalse();
        assertThatThrownBy(() -> tracker.trainingHistory().historyCount(clientId)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> links.client(clientId)).isInstanceOf(PersonNotFoundException.class);
        assertThat(links.clientCount()).isZero();
    }

    @Test
    void aTrainerCanEndTheLinkFromTheirSide() {
        String trainer = register("coach", "Casey", Role.TRAINER);
        String client = register("client", "Cleo", Role.INDIVIDUAL);
        link(trainer, client);
        loginTrainer(trainer);
        links.endLink(idOf(client));

        assertThat(access.isCoaching(idOf(trainer), idOf(client))).isFalse();
        assertThatThrownBy(() -> links.endLink(idOf(client))).isInstanceOf(PersonNotFoundException.class);
        loginClient(client);
        assertThat(links.myTrainer()).isEmpty();
    }
}
