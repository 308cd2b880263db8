package com.kneeline.trainer.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.kneeline.base.Dates;
import com.kneeline.content.model.IntRange;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.ReassessmentStatus;
import com.kneeline.tracking.ui.ProgressView;
import com.vaadin.flow.component.textfield.IntegerField;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.ui.AssessmentDetailView;
import com.kneeline.content.ContentService;
import com.kneeline.trainer.TrainerNoteService;
import com.kneeline.tracking.AcknowledgedFlag;
import com.kneeline.tracking.OpenFlag;
import com.kneeline.tracking.SessionSummary;
import com.kneeline.tracking.ReferralFlagService;
import com.kneeline.tracking.TrainingHistoryService;
import com.kneeline.tracking.ui.HistoryView;
import com.kneeline.tracking.ui.SessionHistory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import jakarta.annotation.security.RolesAllowed;

/**
 * One client as their trainer sees them: who and since when, open flags to acknowledge with a note, assessments
 * with findings, the current programme (read-only; the plan editor has its own page), the session log, pain over
 * time and private notes. Every read goes through the person-id service methods, which check the link on each
 * call: an id that is not a linked client (tampered, or unlinked since) shows the not-found page.
 */
@Route("trainer/clients/:clientId")
@PageTitle("Client")
@RolesAllowed("TRAINER")
public class ClientDetailView extends Main implements BeforeEnterObserver {

    public static final String CLIENT_ID = "clientId";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH).withZone(Dates.ZONE);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.ENGLISH).withZone(Dates.ZONE);
    private static final String[] WEEKDAYS = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private final transient TrainerLinkService links;
    private final transient AssessmentService assessments;
    private final transient com.kneeline.prescription.ProgrammeService programmes;
    private final transient TrainingHistoryService history;
    private final transient ReferralFlagService flags;
    private final transient TrainerNoteService notes;
    private final transient ContentService content;
    private final transient ReassessmentService reassessments;
    private long clientId;

    public ClientDetailView(TrainerLinkService links, AssessmentService assessments,
                            com.kneeline.prescription.ProgrammeService programmes, TrainingHistoryService history,
                            ReferralFlagService flags,
                            TrainerNoteService notes, ContentService content, ReassessmentService reassessments) {
        this.reassessments = reassessments;
        this.links = links;
        this.assessments = assessments;
        this.programmes = programmes;
        this.history = history;
        this.flags = flags;
        this.notes = notes;
        this.content = content;
        addClassNames("kl-page", "kl-client");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        TrainerLinkService.Client client;
        try {
            clientId = Long.parseLong(event.getRouteParameters().get(CLIENT_ID).orElse(""));
            client = links.client(clientId);
        } catch (NumberFormatException | PersonNotFoundException notLinked) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        add(header(client), flagsSection(), reassessmentSection(), assessmentsSection(),
                new ClientProgrammeSection(programmes, content, clientId), sessionsSection(),
                new ClientNotesSection(notes, clientId));
    }

    private Component header(TrainerLinkService.Client client) {
        H2 name = new H2(client.name());
        name.setId("client-name");
        Paragraph since = new Paragraph(client.email() + " · your client since " + DATE.format(client.linkedSince()));
        since.setId("client-since");
        since.addClassName("kl-fine-print");
        RouterLink back = new RouterLink("All clients", RosterView.class);
        back.setId("back-to-roster");
        RouterLink plan = new RouterLink("Assign or adjust the plan", ClientPlanView.class,
                ClientPlanView.routeTo(clientId));
        plan.setId("client-plan-link");
        RouterLink outcomes = new RouterLink("Questionnaires and hop tests",
                com.kneeline.outcomes.ui.ClientOutcomesView.class,
                com.kneeline.outcomes.ui.ClientOutcomesView.routeTo(clientId));
        outcomes.setId("client-outcomes-link");
        Button end = new Button("End link", VaadinIcon.UNLINK.create(), click -> confirmEnd(client));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.setId("end-link");
        Div actions = new Div(back, plan, outcomes, end);
        actions.addClassName("kl-client-actions");
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-m)");
        Div header = new Div(name, since, actions);
        header.addClassName("kl-client-header");
        return header;
    }

    private void confirmEnd(TrainerLinkService.Client client) {
        Dialog dialog = new Dialog();
        dialog.setId("end-link-dialog");
        dialog.setHeaderTitle("End your link with " + client.name() + "?");
        dialog.add(new Paragraph("You will no longer see their data. They keep their programme and history, and can "
                + "link again with a new invite code."));
        Button cancel = new Button("Cancel", click -> dialog.close());
        Button confirm = new Button("End link", click -> {
            links.endLink(client.clientId());
            dialog.close();
            Notification.show("Link with " + client.name() + " ended.");
            getUI().ifPresent(ui -> ui.navigate(RosterView.class));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-end-link");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    static Section section(String id, String title) {
        Section section = new Section(new H3(title));
        section.setId(id);
        section.addClassName("kl-client-section");
        return section;
    }

    // --- reassessment ----------------------------------------------------------------------------------------

    /** When the client's next check-in is due, a request for one now, their interval, and what has changed. */
    private Component reassessmentSection() {
        Section section = section("client-reassessment", "Check-ins and measures");
        Paragraph state = new Paragraph(reassessments.status(clientId).map(ClientDetailView::statusText)
                .orElse("No completed assessment yet, so no check-in is scheduled."));
        state.setId("client-reassessment-state");
        section.add(state);
        boolean requested = reassessments.status(clientId)
                .map(s -> s.state() == ReassessmentStatus.State.REQUESTED).orElse(false);
        Button request = new Button("Ask for a check-in now", click -> {
            reassessments.requestReassessment(clientId);
            Notification.show("Asked. The client sees it on their home page.");
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        request.setId("client-request-check-in");
        request.setEnabled(!requested && reassessments.status(clientId).isPresent());
        request.setDisableOnClick(true);

        IntRange allowed = reassessments.allowedIntervalWeeks();
        IntegerField interval = new IntegerField("Check-in every (weeks)");
        interval.setMin(allowed.min());
        interval.setMax(allowed.max());
        interval.setStepButtonsVisible(true);
        interval.setValue(reassessments.intervalWeeks(clientId));
        interval.setHelperText(allowed.min() + " to " + allowed.max() + " weeks.");
        interval.setId("client-interval");
        Button save = new Button("Save interval", click -> {
            Integer weeks = interval.getValue();
            if (weeks == null || weeks < allowed.min() || weeks > allowed.max()) {
                interval.setInvalid(true);
                interval.setErrorMessage("Choose between " + allowed.min() + " and " + allowed.max() + " weeks.");
                return;
            }
            interval.setInvalid(false);
            reassessments.changeInterval(clientId, weeks);
            Notification.show("Check-ins every " + weeks + " weeks from now on.");
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        });
        save.setId("client-interval-save");
        Div controls = new Div(request, interval, save);
        controls.addClassName("kl-client-actions");
        section.add(controls, ProgressView.comparison(reassessments.progress(clientId)));
        return section;
    }

    static String statusText(ReassessmentStatus s) {
        return switch (s.state()) {
            case UPCOMING -> "Next check-in due on " + DAY.format(s.dueDate()) + " (every " + s.intervalWeeks()
                    + " weeks).";
            case DUE -> "Check-in due now (since " + DAY.format(s.dueDate()) + ").";
            case OVERDUE -> "Check-in overdue since " + DAY.format(s.overdueFrom()) + ".";
            case REQUESTED -> "You asked for a check-in; the client has not done it yet.";
        };
    }

    // --- flags -------------------------------------------------------------------------------------------------

    private Component flagsSection() {
        Section section = section("client-flags", "Referral flags");
        List<OpenFlag> open = flags.openFlags(clientId);
        if (open.isEmpty()) {
            section.add(new Paragraph("No open flags."));
        }
        open.forEach(flag -> section.add(openFlag(flag)));
        List<AcknowledgedFlag> done = flags.acknowledgedFlags(clientId);
        if (!done.isEmpty()) {
            Details history = new Details("Acknowledged (" + done.size() + ")");
            history.setId("client-acknowledged-flags");
            UnorderedList list = new UnorderedList();
            done.forEach(f -> list.add(new ListItem(acknowledgedText(f))));
            history.add(list);
            section.add(history);
        }
        return section;
    }

    /** "Your pain keeps coming back: acknowledged 12 May by Tom (trainer): referred to physio". */
    public static String acknowledgedText(AcknowledgedFlag f) {
        return f.title() + ": acknowledged " + WHEN.format(f.acknowledgedAt())
                + (f.acknowledgedBy() == null ? "" : " by " + f.acknowledgedBy() + (f.byTrainer() ? " (trainer)" : ""))
                + (f.note() == null ? "." : ": " + f.note());
    }

    private Component openFlag(OpenFlag flag) {
        Div box = new Div();
        box.addClassName("kl-flag");
        box.getElement().getClassList().set("kl-flag-stop", flag.stopsExercise());
        box.setId("client-flag-" + flag.id());
        box.add(new H4(flag.title()), new Paragraph("Raised " + WHEN.format(flag.raisedAt())),
                new Paragraph("What was seen: " + flag.seen()),
                new Paragraph("Whom to see: " + flag.professional()));
        TextArea note = new TextArea("Note for your client");
        note.setMaxLength(ReferralFlagService.flagNoteMaxLength());
        note.setPlaceholder("For example: referred to physio on 12 May");
        note.setHelperText("Your client sees this note and your name with the flag.");
        note.setWidthFull();
        note.setManualValidation(true);
        note.setId("client-flag-note-" + flag.id());
        Button acknowledge = new Button("Acknowledge with a note", VaadinIcon.CHECK.create(), click -> {
            if (note.getValue().isBlank()) {
                note.setErrorMessage("Write what you did about it, for example whom you referred them to.");
                note.setInvalid(true);
                return;
            }
            flags.acknowledgeAsTrainer(clientId, flag.id(), note.getValue());
            Notification.show("Flag acknowledged. Your client sees your note.");
            replace(getComponentAt(1), flagsSection());
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.setId("client-acknowledge-" + flag.id());
        box.add(note, acknowledge);
        return box;
    }

    // --- assessments -------------------------------------------------------------------------------------------

    private Component assessmentsSection() {
        Section section = section("client-assessments", "Assessments");
        List<AssessmentSummary> recent = assessments.history(clientId,
                PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "startedAt"))).getContent();
        if (recent.isEmpty()) {
            section.add(new Paragraph("No assessment yet."));
            return section;
        }
        boolean first = true;
        for (AssessmentSummary summary : recent) {
            String title = DATE.format(summary.startedAt()) + " · " + AssessmentDetailView.statusText(summary.status())
                    + (summary.status() == AssessmentStatus.COMPLETED ? " · " + summary.findingCount()
                    + (summary.findingCount() == 1 ? " finding" : " findings") : "");
            Details details = new Details(title);
            details.setId("client-assessment-" + summary.id());
            // Only the newest is open and loaded at once; the others load their findings when opened.
            if (first) {
                details.add(findings(assessments.get(clientId, summary.id())));
                details.setOpened(true);
            } else {
                details.addOpenedChangeListener(opened -> {
                    if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                        details.add(findings(assessments.get(clientId, summary.id())));
                    }
                });
            }
            first = false;
            section.add(details);
        }
        long total = assessments.historyCount(clientId);
        if (total > recent.size()) {
            section.add(new Paragraph("The " + recent.size() + " newest of " + total + " assessments."));
        }
        return section;
    }

    private Component findings(AssessmentDetails a) {
        Div box = new Div();
        box.addClassName("kl-findings");
        if (a.status() == AssessmentStatus.STOPPED) {
            UnorderedList flags = new UnorderedList();
            a.raisedFlags().forEach(f -> flags.add(new ListItem(f.statement() + " · " + f.professional())));
            box.add(new Paragraph("Stopped by the safety screen:"), flags);
        } else if (a.status() == AssessmentStatus.COMPLETED && a.findings().isEmpty()) {
            box.add(new Paragraph("No clear cause found."));
        } else {
            AssessmentDetailView.findingCards(content, a.findings()).forEach(box::add);
        }
        return box;
    }

    // --- sessions and pain -------------------------------------------------------------------------------------

    private Component sessionsSection() {
        Section section = section("client-sessions", "Sessions");
        Paragraph summary = SessionHistory.adherence(history, clientId);
        summary.setId("client-adherence");
        Grid<SessionSummary> grid = SessionHistory.grid(history, clientId, DAY, "No sessions logged yet.");
        grid.setId("client-sessions-grid");
        section.add(summary, grid, HistoryView.painChart(history.painOverTime(clientId, 60)));
        return section;
    }
}
