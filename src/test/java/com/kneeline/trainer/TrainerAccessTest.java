package com.kneeline.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentNotFoundException;
import com.kneeline.prescription.ProgrammeNotFoundException;
import com.kneeline.tracking.SessionNotFoundException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose data each person-id method returns, for each kind of caller: the linked trainer reads it; a trainer reading
 * someone who is not their client, a second trainer reading the first one's client, an individual, and the trainer
 * after the link ended all get the feature's "not found"; an individual cannot call trainer methods at all.
 */
class TrainerAccessTest extends CoachingTest {

    @Autowired
    TrainerNoteService notes;
    @Autowired
    RosterService roster;

    private String trainer;
    private String secondTrainer;
    private String client;
    private String stranger;
    private long clientId;
    private long strangerId;

    /** One person's ids for every person-id read: their assessment, session and flag. */
    private record Ids(long person, long assessment, long session, long flag) {
    }

    private Ids clientIds;
    private Ids strangerIds;

    @BeforeEach
    void people() {
        trainer = register("access.coach", "Casey", Role.TRAINER);
        secondTrainer = register("access.coach", "Chris", Role.TRAINER);
        client = register("access.client", "Cleo", Role.INDIVIDUAL);
        stranger = register("access.stranger", "Sam", Role.INDIVIDUAL);
        clientIds = withData(client);
        link(trainer, client);
        strangerIds = withData(stranger);
        clientId = clientIds.person();
        strangerId = strangerIds.person();
        // the second trainer has a client of their own
        link(secondTrainer, register("access.client", "Other", Role.INDIVIDUAL));
    }

    /** The person with an assessment, a programme, sessions and an open flag. */
    private Ids withData(String email) {
        clock.set(MONDAY);
        loginClient(email);
        assessedWithProgramme();
        long session = logAll(1).id();
        nextDay();
        raisePersistentPainFlag();
        return new Ids(idOf(email), assessments.latestCompleted().orElseThrow().id(), session,
                tracker.referralFlags().openFlags(tracker.me()).getFirst().id());
    }

    /** Every read by person id, with the exception that means "not found" for its feature. */
    private Map<String, Map.Entry<ThrowingCallable, Class<? extends RuntimeException>>> reads(Ids ids) {
        Map<String, Map.Entry<ThrowingCallable, Class<? extends RuntimeException>>> all = new LinkedHashMap<>();
        all.put("assessment", Map.entry(() -> assessments.get(ids.person(), ids.assessment()), AssessmentNotFoundException.class));
        all.put("assessment history", Map.entry(() -> assessments.history(ids.person(), Pageable.ofSize(5)), AssessmentNotFoundException.class));
        all.put("assessment count", Map.entry(() -> assessments.historyCount(ids.person()), AssessmentNotFoundException.class));
        all.put("latest assessment", Map.entry(() -> assessments.latestCompleted(ids.person()), AssessmentNotFoundException.class));
        all.put("current programme", Map.entry(() -> programmes.current(ids.person()), ProgrammeNotFoundException.class));
        all.put("session history", Map.entry(() -> tracker.trainingHistory().history(ids.person(), Pageable.ofSize(5)), SessionNotFoundException.class));
        all.put("session count", Map.entry(() -> tracker.trainingHistory().historyCount(ids.person()), SessionNotFoundException.class));
        all.put("session", Map.entry(() -> tracker.trainingHistory().session(ids.person(), ids.session()), SessionNotFoundException.class));
        all.put("pain over time", Map.entry(() -> tracker.trainingHistory().painOverTime(ids.person(), 60), SessionNotFoundException.class));
        all.put("adherence", Map.entry(() -> tracker.trainingHistory().adherence(ids.person()), SessionNotFoundException.class));
        all.put("open flags", Map.entry(() -> tracker.referralFlags().openFlags(ids.person()), SessionNotFoundException.class));
        all.put("acknowledged flags", Map.entry(() -> tracker.referralFlags().acknowledgedFlags(ids.person()), SessionNotFoundException.class));
        all.put("client header", Map.entry(() -> links.client(ids.person()), PersonNotFoundException.class));
        all.put("notes", Map.entry(() -> notes.list(ids.person(), 10), PersonNotFoundException.class));
        return all;
    }

    private void assertAllNotFound(Ids ids) {
        reads(ids).forEach((name, call) -> assertThatThrownBy(call.getKey()).as(name)
                .isInstanceOf(call.getValue()));
        assertThatThrownBy(() -> tracker.referralFlags().acknowledgeAsTrainer(ids.person(), ids.flag(), "Referred to physio"))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> notes.add(ids.person(), "note")).isInstanceOf(PersonNotFoundException.class);
    }

    @Test
    void theLinkedTrainerReadsEveryPersonIdMethodOfTheirClient() {
        loginTrainer(trainer);
        reads(clientIds).forEach((name, call) -> assertThatCode(call.getKey()).as(name).doesNotThrowAnyException());
        assertThat(tracker.referralFlags().openFlags(clientId)).extracting(f -> f.id()).contains(clientIds.flag());
        assertThat(roster.page(RosterService.Filter.none(), Pageable.ofSize(10)))
                .extracting(RosterService.Row::clientId).containsExactly(clientId);
    }

    @Test
    void aTrainerCannotReadSomeoneWhoIsNotTheirClient() {
        loginTrainer(trainer);
        assertAllNotFound(strangerIds);
    }

    @Test
    void aSecondTrainerCannotReadTheFirstTrainersClient() {
        loginTrainer(secondTrainer);
        assertAllNotFound(clientIds);
        assertThat(roster.page(RosterService.Filter.none(), Pageable.ofSize(10)))
                .extracting(RosterService.Row::clientId).doesNotContain(clientId);
        assertThat(roster.count(new RosterService.Filter("Cleo", Set.of()))).isZero();
    }

    @Test
    void aTrainerLosesAccessToEveryPersonIdMethodWhenTheLinkEnds() {
        loginClient(client);
        links.unlinkMyTrainer();
        loginTrainer(trainer);
        assertAllNotFound(clientIds);
        assertThat(roster.count(RosterService.Filter.none())).isZero();
    }

    @Test
    void anIndividualCannotReadAnotherPersonNorCallTrainerMethods() {
        loginClient(stranger);
        reads(clientIds).entrySet().stream()
                .filter(e -> !e.getKey().equals("client header") && !e.getKey().equals("notes"))
                .forEach(e -> assertThatThrownBy(e.getValue().getKey()).as(e.getKey())
                        .isInstanceOf(e.getValue().getValue()));
        assertThatThrownBy(() -> tracker.referralFlags().acknowledgeAsTrainer(clientId, clientIds.flag(), "Seen"))
                .isInstanceOf(SessionNotFoundException.class);
        // trainer-only services refuse the role outright
        assertThatThrownBy(() -> links.createInvite()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.clientCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.client(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> links.endLink(clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.page(RosterService.Filter.none(), Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.count(RosterService.Filter.none())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.list(clientId, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.add(clientId, "x")).isInstanceOf(AccessDeniedException.class);
        // their own data still reads through the same methods
        assertThat(tracker.trainingHistory().historyCount(strangerId)).isPositive();
    }

    @Test
    void aClientCannotReadTheirTrainersOwnData() {
        loginClient(client);
        long trainerId = idOf(trainer);
        assertThatThrownBy(() -> tracker.trainingHistory().historyCount(trainerId)).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> assessments.historyCount(trainerId)).isInstanceOf(AssessmentNotFoundException.class);
    }

    @Test
    void notesBelongToTheTrainerWhoWroteThemAndNeverReachTheClient() {
        loginTrainer(trainer);
        notes.add(clientId, "Tends to rush the eccentric phase");
        assertThat(notes.list(clientId, 10)).extracting(TrainerNoteService.Note::body)
                .containsExactly("Tends to rush the eccentric phase");
        assertThatThrownBy(() -> notes.add(clientId, "  ")).isInstanceOf(IllegalArgumentException.class);

        // a later trainer of the same client does not inherit them
        loginClient(client);
        links.unlinkMyTrainer();
        link(secondTrainer, client);
        loginTrainer(secondTrainer);
        assertThat(notes.list(clientId, 10)).isEmpty();
        loginClient(client);
        assertThatThrownBy(() -> notes.list(clientId, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
