package com.kneeline.trainer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentNotFoundException;
import com.kneeline.base.ui.NotFoundView;
import com.kneeline.prescription.Dose;
import com.kneeline.prescription.ProgrammeNotFoundException;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.SessionNotFoundException;
import com.vaadin.flow.component.UI;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The access-control matrix: every person-id service method and every person-id route, called by every kind of
 * caller against one client's ids. Only the client themselves and their linked trainer may read; only the linked
 * trainer may coach. Everyone else (a second trainer with a client of their own, the trainer after the link ended,
 * another individual, an admin) gets "not found" or "not allowed", never the data.
 */
class AccessMatrixTest extends CoachingTest {

    @Autowired
    TrainerNoteService notes;
    @Autowired
    ReassessmentService reassessments;
    @Autowired
    TemplateService templates;

    enum Caller { CLIENT, LINKED_TRAINER, SECOND_TRAINER, FORMER_TRAINER, OTHER_INDIVIDUAL, ADMIN }

    private final Map<Caller, String> emails = new LinkedHashMap<>();
    private long clientId;
    private long assessmentId;
    private long sessionId;
    private long flagId;
    private long programmeId;
    private String exerciseId;

    /** "Not found" in whatever words the feature uses, or "not allowed": both refuse without showing anything. */
    private static final List<Class<? extends RuntimeException>> REFUSED = List.of(PersonNotFoundException.class,
            AssessmentNotFoundException.class, ProgrammeNotFoundException.class, SessionNotFoundException.class,
            AccessDeniedException.class);

    @BeforeEach
    void people() {
        String client = register("matrix.client", "Cleo", Role.INDIVIDUAL);
        emails.put(Caller.CLIENT, client);
        emails.put(Caller.LINKED_TRAINER, register("matrix.coach", "Casey", Role.TRAINER));
        emails.put(Caller.SECOND_TRAINER, register("matrix.coach", "Chris", Role.TRAINER));
        emails.put(Caller.FORMER_TRAINER, register("matrix.coach", "Fran", Role.TRAINER));
        emails.put(Caller.OTHER_INDIVIDUAL, register("matrix.other", "Sam", Role.INDIVIDUAL));
        String admin = "matrix.admin." + System.nanoTime() + "@example.com";
        assertThat(accounts.ensureAdmin(admin, "Ada", "a long enough admin pass")).isTrue();
        emails.put(Caller.ADMIN, admin);

        clock.set(MONDAY);
        // The former trainer was linked first, then the client moved on to the linked trainer.
        link(emails.get(Caller.FORMER_TRAINER), client);
        links.unlinkMyTrainer();
        link(emails.get(Caller.LINKED_TRAINER), client);
        link(emails.get(Caller.SECOND_TRAINER), register("matrix.client", "Other client", Role.INDIVIDUAL));
        loginClient(client);
        assessedWithProgramme();
        sessionId = logAll(1).id();
        nextDay();
        raisePersistentPainFlag();
        clientId = idOf(client);
        assessmentId = assessments.latestCompleted().orElseThrow().id();
        flagId = tracker.referralFlags().openFlags(tracker.me()).getFirst().id();
        var programme = programmes.current().orElseThrow();
        programmeId = programme.id();
        exerciseId = programme.programme().sessions().getFirst().exercises().getFirst().exerciseId();
    }

    private void as(Caller caller) {
        switch (caller) {
            case LINKED_TRAINER, SECOND_TRAINER, FORMER_TRAINER -> loginTrainer(emails.get(caller));
            case ADMIN -> login(emails.get(caller), "ADMIN");
            default -> loginClient(emails.get(caller));
        }
    }

    /** Every read of a person's data by id. */
    private Map<String, ThrowingCallable> reads() {
        Map<String, ThrowingCallable> all = new LinkedHashMap<>();
        all.put("assessment", () -> assessments.get(clientId, assessmentId));
        all.put("assessment history", () -> assessments.history(clientId, Pageable.ofSize(5)));
        all.put("assessment count", () -> assessments.historyCount(clientId));
        all.put("latest completed assessment", () -> assessments.latestCompleted(clientId));
        all.put("latest concluded assessment", () -> assessments.latestConcluded(clientId));
        all.put("concluded assessments", () -> assessments.concluded(clientId));
        all.put("current programme", () -> programmes.current(clientId));
        all.put("session history", () -> tracker.trainingHistory().history(clientId, Pageable.ofSize(5)));
        all.put("session count", () -> tracker.trainingHistory().historyCount(clientId));
        all.put("session", () -> tracker.trainingHistory().session(clientId, sessionId));
        all.put("pain over time", () -> tracker.trainingHistory().painOverTime(clientId, 60));
        all.put("adherence", () -> tracker.trainingHistory().adherence(clientId));
        all.put("open flags", () -> tracker.referralFlags().openFlags(clientId));
        all.put("acknowledged flags", () -> tracker.referralFlags().acknowledgedFlags(clientId));
        all.put("reassessment status", () -> reassessments.status(clientId));
        all.put("reassessment interval", () -> reassessments.intervalWeeks(clientId));
        all.put("measures comparison", () -> reassessments.progress(clientId));
        return all;
    }

    /** Everything only the client's linked trainer may do. */
    private Map<String, ThrowingCallable> coaching() {
        Map<String, ThrowingCallable> all = new LinkedHashMap<>();
        all.put("client header", () -> links.client(clientId));
        all.put("private notes", () -> notes.list(clientId, 5));
        all.put("add a private note", () -> notes.add(clientId, "note"));
        all.put("plan page", () -> plans.clientPlan(clientId));
        all.put("alternatives", () -> plans.alternativesForClient(clientId, programmeId, exerciseId));
        all.put("set a dose", () -> plans.setDose(clientId, programmeId, exerciseId,
                new Dose(2, null, null, null)));
        all.put("set the week", () -> plans.setWeek(clientId, programmeId, 2, 30));
        all.put("generate a programme", () -> plans.generateForClient(clientId));
        all.put("ask for a check-in", () -> reassessments.requestReassessment(clientId));
        all.put("set the check-in interval", () -> reassessments.changeInterval(clientId, 6));
        all.put("acknowledge a flag", () -> tracker.referralFlags().acknowledgeAsTrainer(clientId, flagId, "Referred to physio"));
        return all;
    }

    private static boolean refused(Throwable thrown) {
        return thrown != null && REFUSED.stream().anyMatch(type -> type.isInstance(thrown));
    }

    @Test
    void onlyTheClientAndTheirLinkedTrainerReadTheClientsData() {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            boolean allowed = caller == Caller.CLIENT || caller == Caller.LINKED_TRAINER;
            as(caller);
            reads().forEach((name, call) -> {
                Throwable thrown = catchThrowable(call);
                if (allowed ? thrown != null : !refused(thrown)) {
                    wrong.add(caller + " / " + name + ": " + (thrown == null ? "returned data" : thrown));
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheLinkedTrainerCoachesTheClient() {
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            if (caller == Caller.LINKED_TRAINER) {
                continue;
            }
            as(caller);
            coaching().forEach((name, call) -> {
                Throwable thrown = catchThrowable(call);
                if (!refused(thrown)) {
                    wrong.add(caller + " / " + name + ": " + (thrown == null ? "was allowed" : thrown));
                }
            });
        }
        assertThat(wrong).isEmpty();
        // and nothing the refused callers tried changed the client's data
        as(Caller.CLIENT);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(f -> f.id()).contains(flagId);
        assertThat(programmes.current().orElseThrow().id()).isEqualTo(programmeId);
        assertThat(reassessments.intervalWeeks(clientId)).isEqualTo(
                content.catalogue().referral().reassessment().defaultIntervalWeeks());
    }

    @Test
    void theLinkedTrainerMayDoAllOfIt() {
        as(Caller.LINKED_TRAINER);
        reads().forEach((name, call) -> assertThatCode(call).as(name).doesNotThrowAnyException());
        coaching().forEach((name, call) -> assertThatCode(call).as(name).doesNotThrowAnyException());
    }

    @Test
    void aTemplateIsOnlyEverVisibleToTheTrainerWhoWroteIt() {
        as(Caller.LINKED_TRAINER);
        long template = templates.create(new TemplateForm("Matrix template", "", 2, 20, null, List.of()));
        for (Caller caller : List.of(Caller.SECOND_TRAINER, Caller.CLIENT, Caller.OTHER_INDIVIDUAL, Caller.ADMIN)) {
            as(caller);
            assertThat(catchThrowable(() -> templates.get(template))).as(caller + " reads").isNotNull();
            assertThat(catchThrowable(() -> templates.update(template,
                    new TemplateForm("Taken over", "", 2, 20, null, List.of())))).as(caller + " edits").isNotNull();
            assertThat(catchThrowable(() -> templates.delete(template))).as(caller + " deletes").isNotNull();
            assertThat(catchThrowable(() -> templates.applyTo(clientId, template))).as(caller + " applies")
                    .isNotNull();
        }
        as(Caller.LINKED_TRAINER);
        assertThat(templates.get(template).name()).isEqualTo("Matrix template");
    }

    @Test
    void theClientsPagesOpenOnlyForTheLinkedTrainer() {
        for (String route : Set.of("trainer/clients/" + clientId, "trainer/clients/" + clientId + "/plan")) {
            for (Caller caller : Caller.values()) {
                as(caller);
                Throwable thrown = catchThrowable(() -> UI.getCurrent().navigate(route));
                switch (caller) {
                    case LINKED_TRAINER -> assertThat(thrown).as(caller + " " + route).isNull();
                    case SECOND_TRAINER, FORMER_TRAINER -> {
                        assertThat(thrown).as(caller + " " + route).isNull();
                        assertThat(_get(NotFoundView.class)).as(caller + " " + route).isNotNull();
                    }
                    // individuals and admins are not trainers: the router refuses the view itself
                    default -> assertThat(thrown).as(caller + " " + route).isNotNull();
                }
            }
        }
    }
}
