package com.kneeline.home.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.kneeline.account.AccountSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.account.TrainerLinkService;
import com.kneeline.account.ui.MyTrainerView;
import com.kneeline.base.Dates;
import com.kneeline.trainer.ui.RosterView;
import com.kneeline.account.Role;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.ui.HoldNotice;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.ui.AssessmentDetailView;
import com.kneeline.assessment.ui.AssessmentWizardView;
import com.kneeline.base.ui.Disclaimer;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.ui.ProgrammeView;
import com.kneeline.tracking.ReassessmentService;
import com.kneeline.tracking.CheckInService;
import com.kneeline.tracking.ReferralFlagService;
import com.kneeline.tracking.TodaysSessionService;
import com.kneeline.tracking.ui.CheckInCard;
import com.kneeline.tracking.ui.FlagsPanel;
import com.kneeline.tracking.ui.NextTimePanel;
import com.kneeline.tracking.ui.ReassessmentCard;
import com.kneeline.tracking.ui.ReportChangeDialog;
import com.kneeline.tracking.ui.TodayView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

/**
 * The first screen after log-in. Each role sees what it can do next; until a feature exists, its card says
 * plainly what is coming rather than showing an empty widget.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Main {

    public HomeView(CurrentUser currentUser, AssessmentService assessments, ProgrammeService programmes,
                    TodaysSessionService today, CheckInService checkIns, ReferralFlagService flags,
                    ReassessmentService reassessments, TrainerLinkService links) {
        addClassName("kl-page");
        AccountSummary me = currentUser.require();

        H2 greeting = new H2("Welcome, " + me.displayName());
        greeting.setId("home-greeting");
        Div cards = new Div();
        cards.addClassName("kl-cards");

        Div tracker = new Div();
        if (me.hasRole(Role.INDIVIDUAL)) {
            // A safety hold first; then flags, never buried; then a due morning check-in, then the next reassessment.
            // A check-in makes the day's decisions final: show them at once.
            assessments.hold().ifPresent(hold -> tracker.add(new HoldNotice(hold)));
            tracker.add(new FlagsPanel(flags, me.id(), null), new CheckInCard(checkIns, me.id(),
                            () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))),
                    new ReassessmentCard(reassessments));
            if (programmes.current().isPresent()) {
                tracker.add(new NextTimePanel(today, me.id(), true));
                tracker.add(ReportChangeDialog.openButton(flags, me.id(),
                        () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
            }
            cards.add(assessmentCard(assessments), programmeCard(programmes));
            links.myTrainer().ifPresent(trainer -> cards.add(trainerCard(trainer)));
        }
        if (me.hasRole(Role.TRAINER)) {
            long clients = links.clientCount();
            Component card = card(VaadinIcon.USERS, "Your clients",
                    clients == 0 ? "You have no linked clients yet." : "You coach " + clients
                            + (clients == 1 ? " client." : " clients."),
                    "See who needs attention: open referral flags, overdue reassessments and dropping adherence.");
            Button open = new Button(clients == 0 ? "Invite a client" : "Open your clients",
                    click -> getUI().ifPresent(ui -> ui.navigate(RosterView.class)));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("home-clients-action");
            ((Card) card).addToFooter(open);
            cards.add(card);
        }
        if (me.hasRole(Role.ADMIN)) {
            cards.add(card(VaadinIcon.COG, "Administration",
                    "Manage accounts and roles.",
                    "Open Users in the menu to find an account and grant or remove the trainer role."));
        }
        add(greeting, tracker, cards, Disclaimer.paragraph());
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(Dates.ZONE);

    /** Start, continue or review: whichever the person's assessments call for. */
    private Component assessmentCard(AssessmentService assessments) {
        String title = "Your self-assessment";
        Optional<AssessmentDetails> draft = assessments.currentDraft();
        if (draft.isPresent()) {
            Component card = card(VaadinIcon.CLIPBOARD_CHECK, title, "You have an assessment in progress.",
                    "Pick up where you left off; your answers so far are saved.");
            ((Card) card).addToFooter(link("Continue your assessment", AssessmentWizardView.class));
            return card;
        }
        Optional<AssessmentSummary> latest = assessments.latestConcluded();
        if (latest.isPresent() && latest.get().status() == AssessmentStatus.STOPPED) {
            AssessmentSummary stopped = latest.get();
            Component card = card(VaadinIcon.CLIPBOARD_CHECK, title,
                    "On hold: please see a professional first.",
                    "Your last assessment (" + DATE.format(stopped.finishedAt()) + ") found a reason to have your knee "
                            + "checked before exercising. Start a new one once a professional has cleared you.");
            Button why = new Button("See why", click -> getUI().ifPresent(ui -> ui.navigate(
                    AssessmentDetailView.class, new RouteParameters("assessmentId", String.valueOf(stopped.id())))));
            why.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            why.setId("home-assessment-stopped");
            ((Card) card).addToFooter(why, link("Start a new assessment", AssessmentWizardView.class));
            return card;
        }
        if (latest.isPresent()) {
            AssessmentSummary done = latest.get();
            Component card = card(VaadinIcon.CLIPBOARD_CHECK, title,
                    "Last assessed on " + DATE.format(done.finishedAt()) + ": " + done.findingCount()
                            + (done.findingCount() == 1 ? " finding." : " findings."),
                    "Reassess every few weeks to see what has changed.");
            Button view = new Button("See the findings", click -> getUI().ifPresent(ui -> ui.navigate(
                    AssessmentDetailView.class, new RouteParameters("assessmentId", String.valueOf(done.id())))));
            view.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ((Card) card).addToFooter(view, link("Start a new assessment", AssessmentWizardView.class));
            return card;
        }
        Component card = card(VaadinIcon.CLIPBOARD_CHECK, title, "You have not taken an assessment yet.",
                "The guided check takes about 20 minutes with a phone, a tape measure and a wall: a safety screen, "
                        + "a single-leg squat on each side, your feet, ankles and hips.");
        ((Card) card).addToFooter(link("Start the self-assessment", AssessmentWizardView.class));
        return card;
    }

    private Component programmeCard(ProgrammeService programmes) {
        if (programmes.hold().isPresent()) {
            return card(VaadinIcon.CALENDAR, "Your programme", "On hold: see a professional first.",
                    "Your latest assessment stopped at the safety screen; the reasons are at the top of this page.");
        }
        Optional<ProgrammeDetails> current = programmes.current();
        if (current.isEmpty()) {
            return card(VaadinIcon.CALENDAR, "Your programme", "No programme yet.",
                    "Your strengthening, mobility and control exercises will appear here once your assessment "
                            + "has named the likely causes.");
        }
        Programme programme = current.get().programme();
        String phase = programme.phases().stream().filter(p -> p.id().equals(programme.phaseId()))
                .map(Programme.PhaseSummary::name).findFirst().orElse("");
        Component card = programme.kind() == Programme.Kind.REFERRAL_ONLY
                ? card(VaadinIcon.CALENDAR, "Your programme", "On hold: see a professional first.",
                "Your answers include a reason to have your knee checked before exercising.")
                : card(VaadinIcon.CALENDAR, "Your programme", phase + " · " + programme.sessions().size()
                + (programme.sessions().size() == 1 ? " session a week." : " sessions a week."),
                "Each exercise says why it was chosen for you.");
        Button open = new Button("Open my programme", click -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class)));
        open.setId("home-programme-action");
        if (programme.kind() == Programme.Kind.REFERRAL_ONLY) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ((Card) card).addToFooter(open);
        } else {
            Button today = new Button("Log today's session", click -> getUI().ifPresent(ui -> ui.navigate(TodayView.class)));
            today.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            today.setId("home-today-action");
            ((Card) card).addToFooter(today, open);
        }
        return card;
    }

    /** Who coaches the person, small and factual; the details and Unlink are on "My trainer". */
    private Component trainerCard(TrainerLinkService.MyTrainer trainer) {
        Component card = card(VaadinIcon.USER_STAR, "Your trainer", trainer.name(),
                "Linked since " + DATE.format(trainer.since()) + ". They can see your progress and flags.");
        card.setId("home-trainer");
        Button open = new Button("My trainer", click -> getUI().ifPresent(ui -> ui.navigate(MyTrainerView.class)));
        open.setId("home-trainer-action");
        ((Card) card).addToFooter(open);
        return card;
    }

    private static Component link(String text, Class<? extends Component> view) {
        Button button = new Button(text, click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(view)));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("home-assessment-action");
        return button;
    }

    private static Component card(VaadinIcon icon, String title, String state, String next) {
        Card card = new Card();
        card.setHeaderPrefix(new Icon(icon));
        card.setTitle(title);
        Paragraph status = new Paragraph(state);
        status.addClassName("kl-empty-state");
        card.add(status, new Paragraph(next));
        return card;
    }
}
