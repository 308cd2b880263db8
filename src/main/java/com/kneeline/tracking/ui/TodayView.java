package com.kneeline.tracking.ui;

import java.util.List;
import java.util.Optional;

import com.kneeline.base.ui.Disclaimer;
import com.kneeline.content.ContentService;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.assessment.SafetyHold;
import com.kneeline.assessment.ui.HoldNotice;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.ui.ProgrammeView;
import com.kneeline.tracking.PhaseService;
import com.kneeline.tracking.PlanChangedException;
import com.kneeline.tracking.PlannedSession;
import com.kneeline.tracking.SessionSummary;
import com.kneeline.account.CurrentUser;
import com.kneeline.tracking.CheckInService;
import com.kneeline.tracking.ReferralFlagService;
import com.kneeline.tracking.SessionLogService;
import com.kneeline.tracking.TodaysSessionService;
import com.kneeline.tracking.engine.ExerciseLog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Today's session (or the next one): log it set by set with one tap each, skip an exercise with a reason, save,
 * and read what changes next time. Open flags and a due morning check-in come first.
 */
@Route("today")
@PageTitle("Today")
@Menu(order = 13, icon = "vaadin:check-square-o", title = "Today")
@PermitAll
public class TodayView extends Main implements BeforeEnterObserver {

    private final transient TodaysSessionService today;
    private final transient SessionLogService log;
    private final transient CheckInService checkIns;
    private final transient ReferralFlagService flags;
    private final long personId;
    private final transient ProgrammeService programmes;
    private final transient ContentService content;
    private final transient PhaseService phases;

    public TodayView(CurrentUser currentUser, TodaysSessionService today, SessionLogService log,
                     CheckInService checkIns, ReferralFlagService flags, ProgrammeService programmes,
                     ContentService content, PhaseService phases) {
        this.personId = currentUser.require().id();
        this.today = today;
        this.log = log;
        this.checkIns = checkIns;
        this.flags = flags;
        this.programmes = programmes;
        this.content = content;
        this.phases = phases;
        addClassNames("kl-page", "kl-today");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2("Today");
        title.setId("today-title");
        add(title, new FlagsPanel(flags, personId, this::render), new CheckInCard(checkIns, personId, this::render));
        Optional<SafetyHold> hold = programmes.hold();
        if (hold.isPresent()) { // a safety stop: no session to do until a professional has cleared it
            add(new HoldNotice(hold.get()));
            return;
        }
        if (programmes.current().isPresent()) {
            // Always reachable, whatever state the session is in: an injury does not wait for the next session.
            add(ReportChangeDialog.openButton(flags, personId, this::render));
        }

        Optional<ProgrammeDetails> programme = programmes.current();
        if (programme.isEmpty()) {
            add(empty("No programme yet", "Your sessions come from your programme. Make it from your self-assessment "
                    + "first.", "Go to my programme"));
            return;
        }
        if (programme.get().programme().kind() == Programme.Kind.REFERRAL_ONLY) {
            Div referral = new Div(new H3("See a professional first"), new Paragraph("Your programme has no exercises "
                    + "because your answers include a reason to have your knee checked before exercising."));
            referral.addClassName("kl-referral");
            referral.setId("today-referral");
            add(referral);
            return;
        }
        Optional<SessionSummary> done = today.loggedToday(personId);
        // Paused-until, and the latest decisions until the next session is logged (today's are in the box below).
        add(new NextTimePanel(today, personId, done.isEmpty()));
        if (done.isPresent()) {
            add(doneToday(done.get()));
        }
        add(new PhaseCard(phases, this::render));
        today.nextSession(personId).ifPresent(session -> add(session(session, done.isPresent())));
        add(Disclaimer.paragraph());
    }

    private Component empty(String heading, String text, String action) {
        Div box = new Div();
        box.addClassName("kl-empty-state-box");
        box.setId("today-empty");
        Button go = new Button(action, click -> getUI().ifPresent(ui -> ui.navigate(ProgrammeView.class)));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("today-to-programme");
        box.add(new H3(heading), new Paragraph(text), go);
        return box;
    }

    private Component doneToday(SessionSummary summary) {
        Div box = new Div();
        box.addClassName("kl-done-today");
        box.setId("today-done");
        box.add(new H3("Session " + summary.number() + " done today"),
                new Paragraph(summary.exercisesDone() + " of " + summary.exercisesPlanned()
                        + " exercises done · highest pain " + summary.maxPain() + "/10 · knee tracking: "
                        + summary.tracking().toLowerCase(java.util.Locale.ROOT)));
        box.add(whatChangesNext(today.whatChangesNext(personId)));
        Button history = new Button("See or correct it in your history",
                click -> getUI().ifPresent(ui -> ui.navigate(HistoryView.class)));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        box.add(history);
        return box;
    }

    static Component whatChangesNext(List<String> sentences) {
        return NextTimePanel.changes(sentences);
    }

    private Component session(PlannedSession session, boolean alreadyLoggedToday) {
        Div box = new Div();
        box.addClassName("kl-today-session");
        String day = CheckInCard.DAY.format(session.date());
        H3 heading = new H3(session.today() ? "Session " + session.number() + " · today"
                : "Next: session " + session.number() + " on " + day);
        heading.setId("today-session-title");
        box.add(heading);
        if (alreadyLoggedToday) {
            box.add(new Paragraph("Rest until then."));
        } else if (!session.today()) {
            Paragraph early = new Paragraph("Nothing is planned for today. You can do your next session today "
                    + "if that suits you better; a missed day is never added on later.");
            early.addClassName("kl-fine-print");
            box.add(early);
        }
        if (session.paused()) {
            Div paused = new Div(new Paragraph("Please do not exercise the knee until a professional has checked it "
                    + "(see the notice above). If you do, log what you did; nothing will get harder meanwhile."));
            paused.addClassName("kl-callout");
            box.add(paused);
        }
        if (session.deload()) {
            Paragraph deload = new Paragraph("A deload week: fewer sets and a little less effort than usual, so your "
                    + "body can catch up. Your doses come back next week.");
            deload.addClassName("kl-fine-print");
            deload.setId("today-deload");
            box.add(deload);
        }
        if (!session.warmUp().isEmpty()) {
            UnorderedList warm = new UnorderedList();
            session.warmUp().forEach(w -> warm.add(new ListItem(w)));
            box.add(new Details("Warm-up first", warm));
        }
        if (alreadyLoggedToday) {
            return box;
        }
        Paragraph how = new Paragraph("Tap “Done as planned” on an exercise, or on every set as you go. Did more? "
                + "Step the reps up once and every set is logged. The pencil changes one set's reps, effort, pain or "
                + "how your knee tracked.");
        how.addClassName("kl-fine-print");
        SessionForm form = new SessionForm(session.items(), List.of(), content);
        Button allDone = new Button("All done as planned", VaadinIcon.CHECK.create(), click -> form.markAllDone());
        allDone.setId("all-done-session");
        allDone.addClassName("kl-all-done");
        Button save = new Button("Save session", VaadinIcon.CHECK_CIRCLE.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-session");
        save.addClassName("kl-save-session");
        save.setDisableOnClick(true);
        // The plan this page shows; after a change elsewhere, the plan the person has been told about.
        PlannedSession[] shown = {session};
        Div changed = new Div();
        changed.setId("plan-changed");
        changed.addClassName("kl-callout");
        changed.setVisible(false);
        save.addClickListener(click -> {
            List<ExerciseLog> logs = form.logs();
            if (logs.isEmpty()) {
                Notification.show("Tap “Done as planned” on the sets you did, or skip the exercises you did not do.");
                save.setEnabled(true);
                return;
            }
            try {
                log.logSession(personId, session.number(), logs, shown[0]);
            } catch (PlanChangedException planChanged) {
                // Nothing saved, nothing typed lost: say what changed and let the person decide.
                shown[0] = planChanged.now();
                String names = planChanged.changedExerciseIds().stream()
                        .map(id -> content.exercise(id).map(e -> e.name()).orElse(id)).distinct()
                        .collect(java.util.stream.Collectors.joining(", "));
                changed.removeAll();
                changed.add(new Paragraph("This session's plan changed while the page was open (your trainer may have "
                        + "saved a new week): " + names + ". Nothing was saved yet and what you entered is still here. "
                        + "Save again to log it against the new plan, or reload the page to see the new plan first."));
                changed.setVisible(true);
                save.setEnabled(true);
                return;
            }
            Notification.show("Session saved.");
            render();
        });
        box.add(how, allDone, changed, form, save);
        return box;
    }
}
