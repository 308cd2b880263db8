package com.kneeline.trainer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.kneeline.account.Role;
import com.kneeline.account.ui.MyTrainerView;
import com.kneeline.base.ui.NotFoundView;
import com.kneeline.home.ui.HomeView;
import com.kneeline.trainer.CoachingTest;
import com.kneeline.trainer.RosterService;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.engine.Adherence;
import com.kneeline.tracking.ui.HistoryView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;

/**
 * A trainer and a client through the screens: invite, accept, the client on the roster and their page, a plan
 * assigned and a dose overridden that the client sees as set by their trainer, a check-in asked for, a flag
 * acknowledged with a note that the client reads, the client unlinks, and the trainer's page for them is gone.
 */
class TrainerFlowTest extends CoachingTest {

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.kneeline.tracking.ReassessmentService reassessments;

    @SuppressWarnings("unchecked")
    private static List<RosterService.Row> rosterRows() {
        Grid<RosterService.Row> grid = _get(Grid.class, spec -> spec.withId("roster-grid"));
        return GridKt._fetch(grid, 0, 50);
    }

    @Test
    void inviteAcceptSeeTheClientAcknowledgeAFlagWithANoteThenUnlinkAndTheClientPageIsGone() {
        String trainer = register("flow.coach", "Casey Coach", Role.TRAINER);
        String client = register("flow.client", "Cleo Client", Role.INDIVIDUAL);
        loginClient(client);
        assessedWithProgramme();
        logAll(1);
        nextDay();
        raisePersistentPainFlag();
        OpenFlag flag = tracker.referralFlags().openFlags(tracker.me()).getFirst();

        // The trainer has no clients yet: the empty roster offers an invite.
        loginTrainer(trainer);
        UI.getCurrent().navigate(RosterView.class);
        assertThat(text(_get(Div.class, spec -> spec.withId("roster-empty")))).contains("No clients yet");
        _click(_get(Button.class, spec -> spec.withId("invite-first-client")));
        String code = _get(Span.class, spec -> spec.withId("invite-code-shown")).getText();
        assertThat(_get(TextField.class, spec -> spec.withId("invite-link")).getValue()).endsWith("/join/" + code);

        // The client mistypes the code first, then follows the link.
        loginClient(client);
        UI.getCurrent().navigate(MyTrainerView.class);
        TextField field = _get(TextField.class, spec -> spec.withId("invite-code"));
        _setValue(field, "WRONG234");
        _click(_get(Button.class, spec -> spec.withId("accept-invite")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("No invite has this code");
        assertThat(field.getValue()).isEqualTo("WRONG234");

        UI.getCurrent().navigate("join/" + code);
        assertThat(_get(TextField.class, spec -> spec.withId("invite-code")).getValue()).isEqualTo(code);
        _click(_get(Button.class, spec -> spec.withId("accept-invite")));
        assertThat(text(_get(Card.class, spec -> spec.withId("my-trainer-card")))).contains("Casey Coach");
        String linkedOn = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.ENGLISH).format(clock.instant().atZone(java.time.ZoneId.systemDefault()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("my-trainer-since")).getText())
                .isEqualTo("Your trainer since " + linkedOn + ".");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text(_get(Card.class, spec -> spec.withId("home-trainer")))).contains("Casey Coach");

        // The trainer sees the client on the roster, with the client's own adherence and the open flag.
        loginTrainer(trainer);
        long clientId = idOf(client);
        UI.getCurrent().navigate(RosterView.class);
        List<RosterService.Row> rows = rosterRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Cleo Client");
            assertThat(row.openFlags()).isEqualTo(tracker.referralFlags().openFlags(clientId).size()).isPositive();
            Adherence.Summary own = tracker.trainingHistory().adherence(clientId);
            assertThat(row.last7Days()).isEqualTo(own.last7Days());
            assertThat(row.last30Days()).isEqualTo(own.last30Days());
            assertThat(row.daysSinceLastLog()).isEqualTo(1);
            assertThat(row.reassessmentOverdue()).isFalse();
        });
        _setValue(_get(TextField.class, spec -> spec.withId("roster-search")), "nobody-like-this");
        assertThat(rosterRows()).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("roster-search")), "cleo");
        assertThat(rosterRows()).hasSize(1);

        // Their page: name, link date, the flag to acknowledge with a note.
        UI.getCurrent().navigate("trainer/clients/" + clientId);
        assertThat(currentView()).isInstanceOf(ClientDetailView.class);
        assertThat(_get(H2.class, spec -> spec.withId("client-name")).getText()).isEqualTo("Cleo Client");
        assertThat(_get(Paragraph.class, spec -> spec.withId("client-since")).getText()).contains(linkedOn);
        assertThat(_find(Grid.class, spec -> spec.withId("client-sessions-grid"))).hasSize(1);
        Button acknowledge = _get(Button.class, spec -> spec.withId("client-acknowledge-" + flag.id()));
        _click(acknowledge);
        TextArea note = _get(TextArea.class, spec -> spec.withId("client-flag-note-" + flag.id()));
        assertThat(note.isInvalid()).as("a trainer's acknowledgement needs a note").isTrue();
        _setValue(note, "Referred to physio on 12 May");
        _click(acknowledge);
        assertThat(tracker.referralFlags().openFlags(clientId)).extracting(OpenFlag::id).doesNotContain(flag.id());
        assertThat(text(_get(Section.class, spec -> spec.withId("client-flags")))).contains("Referred to physio on 12 May");

        // Assign: from the client's page to their plan, generate it from the latest assessment, override a dose.
        UI.getCurrent().navigate(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("client-plan-link"))
                .getHref());
        assertThat(currentView()).isInstanceOf(ClientPlanView.class);
        _click(_get(Button.class, spec -> spec.withId("plan-generate")));
        var planned = plans.clientPlan(clientId).current().orElseThrow().programme().sessions().stream()
                .flatMap(sp -> sp.exercises().stream()).filter(e -> e.holdSecondsMax() == 0).findFirst().orElseThrow();
        _click(_get(Button.class, spec -> spec.withId("adjust-" + planned.exerciseId())));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("adjust-dialog"));
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("adjust-sets")), 2);
        _click(_get(dialog, Button.class, spec -> spec.withId("adjust-save")));
        assertThat(dialog.isOpened()).isFalse();
        // ... set the check-in interval, and ask for a check-in, which the client sees on their home page
        UI.getCurrent().navigate("trainer/clients/" + clientId);
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("client-interval")),
                6);
        _click(_get(Button.class, spec -> spec.withId("client-interval-save")));
        assertThat(reassessments.intervalWeeks(clientId)).isEqualTo(6);
        _click(_get(Button.class, spec -> spec.withId("client-request-check-in")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("client-reassessment-state")).getText())
                .contains("You asked for a check-in");

        // The client sees the override as set by their trainer, and the request.
        loginClient(client);
        UI.getCurrent().navigate(com.kneeline.prescription.ui.ProgrammeView.class);
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anyMatch(t -> t.startsWith("Dose set by your trainer"));
        UI.getCurrent().navigate(HomeView.class);
        assertThat(text(_get(Card.class, spec -> spec.withId("reassessment")))).contains("Your trainer asked")
                .contains("Every 6 weeks").contains("Set by your trainer Casey Coach on ");
        loginTrainer(trainer);
        UI.getCurrent().navigate("trainer/clients/" + clientId);

        // A private note.
        _setValue(_get(TextArea.class, spec -> spec.withId("client-note-text")), "Prefers morning sessions");
        _click(_get(Button.class, spec -> spec.withId("client-note-add")));
        assertThat(text(_get(Div.class, spec -> spec.withId("client-note-list")))).contains("Prefers morning sessions");

        // The client reads the trainer's note and name in their history, and not the private note.
        loginClient(client);
        assertThat(tracker.referralFlags().openFlags(tracker.me())).extracting(OpenFlag::id).doesNotContain(flag.id());
        UI.getCurrent().navigate(HistoryView.class);
        assertThat(_get(ListItem.class, spec -> spec.withId("acknowledged-flag-" + flag.id())).getText())
                .contains("by your trainer Casey Coach").contains("Referred to physio on 12 May");
        assertThat(text(UI.getCurrent())).doesNotContain("Prefers morning sessions");

        // The client unlinks, after confirming.
        UI.getCurrent().navigate(MyTrainerView.class);
        _click(_get(Button.class, spec -> spec.withId("unlink-trainer")));
        _click(_get(Button.class, spec -> spec.withId("confirm-unlink")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-trainer"))).hasSize(1);

        // The trainer's page for them is now "not found", as is a tampered id.
        loginTrainer(trainer);
        UI.getCurrent().navigate("trainer/clients/" + clientId);
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("trainer/clients/not-a-number");
        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate(RosterView.class);
        assertThat(_find(Div.class, spec -> spec.withId("roster-empty"))).hasSize(1);
    }

    @Test
    void anIndividualCannotOpenTheTrainerScreens() {
        String someone = register("flow.individual", "Ida", Role.INDIVIDUAL);
        loginClient(someone);
        assertThatThrownBy(() -> UI.getCurrent().navigate("trainer/clients"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("trainer/clients/1"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
