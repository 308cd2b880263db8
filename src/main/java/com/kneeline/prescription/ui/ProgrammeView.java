package com.kneeline.prescription.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.base.Dates;
import com.kneeline.base.ui.UiBits;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentSummary;
import com.kneeline.assessment.ui.AssessmentWizardView;
import com.kneeline.base.ui.Disclaimer;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.ui.ContentText;
import com.kneeline.content.ui.ExerciseView;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeOverride;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.assessment.SafetyHold;
import com.kneeline.assessment.ui.HoldNotice;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.Rationale;
import com.kneeline.prescription.engine.SessionPlan;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * The person's current programme: the phase and its goal, this week's sessions, and a card per exercise with its
 * dose, cues, the reasons it was chosen, and a way to swap it for a suitable alternative.
 */
@Route("programme")
@PageTitle("My programme")
@Menu(order = 12, icon = "vaadin:calendar-user", title = "My programme")
@PermitAll
public class ProgrammeView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withZone(Dates.ZONE);

    private final transient ProgrammeService programmes;
    private final transient AssessmentService assessments;
    private final transient ContentService content;

    public ProgrammeView(ProgrammeService programmes, AssessmentService assessments, ContentService content) {
        this.programmes = programmes;
        this.assessments = assessments;
        this.content = content;
        addClassNames("kl-page", "kl-programme");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(programmes.current());
    }

    private void render(Optional<ProgrammeDetails> current) {
        removeAll();
        Optional<SafetyHold> hold = programmes.hold();
        if (hold.isPresent()) { // a later assessment stopped: no exercises, whatever the last programme was
            H2 title = new H2("Your programme");
            title.setId("programme-title");
            add(title, new HoldNotice(hold.get()));
            return;
        }
        if (current.isEmpty()) {
            renderEmpty();
            return;
        }
        ProgrammeDetails details = current.get();
        Programme programme = details.programme();
        H2 title = new H2("Your programme");
        title.setId("programme-title");
        Paragraph source = new Paragraph("Version " + details.versionNumber() + ", made on "
                + DATE.format(details.createdAt()) + " from your self-assessment.");
        source.addClassName("kl-fine-print");
        add(title, source);

        if (programme.kind() == Programme.Kind.REFERRAL_ONLY) {
            Div referral = new Div(new H3("See a professional first"),
                    new Paragraph("Your answers include a reason to have your knee checked before exercising, so this "
                            + "programme has no exercises. Start a new assessment once a professional has cleared you."));
            referral.addClassName("kl-referral");
            referral.setId("programme-referral");
            add(referral);
            return;
        }
        if (programme.kind() == Programme.Kind.LOW_LOAD) {
            Div gentle = new Div(new Paragraph("Your knee is quite painful at the moment, so this programme keeps to "
                    + "gentle, low-load exercises. It will build up once pain settles."));
            gentle.addClassName("kl-callout");
            gentle.setId("programme-low-load");
            add(gentle);
        }
        add(phaseCard(programme));
        List<ProgrammeDetails.Change> byTrainer = java.util.stream.Stream.of(ProgrammeOverride.Kind.PHASE,
                ProgrammeOverride.Kind.WEEK).flatMap(kind -> details.latest(kind).stream())
                .filter(ProgrammeDetails.Change::madeByTrainer).toList();
        if (!byTrainer.isEmpty()) {
            Div trainer = new Div();
            trainer.setId("programme-set-by-trainer");
            trainer.addClassName("kl-callout");
            byTrainer.forEach(change -> trainer.add(new Paragraph(change.summary() + " — set by your trainer, "
                    + change.madeByName() + ", on " + DATE.format(change.madeAt()) + ".")));
            add(trainer);
        }
        if (!programme.safetyNotes().isEmpty()) {
            Div safety = new Div(new H3("Stay safe"), UiBits.bullets(programme.safetyNotes()));
            safety.addClassName("kl-callout");
            add(safety);
        }
        if (!programme.education().isEmpty() || programme.referralSuggested()) {
            Div education = new Div(new H3("Worth knowing"), UiBits.bullets(programme.education()));
            if (programme.referralSuggested()) {
                education.add(new Paragraph("A physiotherapist can assess what exercise alone cannot change."));
            }
            education.addClassName("kl-education");
            add(education);
        }
        add(sessions(details));
        add(Disclaimer.paragraph());
    }

    private void renderEmpty() {
        H2 title = new H2("Your programme");
        title.setId("programme-title");
        add(title);
        Optional<AssessmentSummary> latest = assessments.latestCompleted();
        Div empty = new Div();
        empty.addClassName("kl-empty-state-box");
        empty.setId("programme-empty");
        if (latest.isPresent()) {
            Button create = new Button("Create my programme", VaadinIcon.MAGIC.create(), click -> {
                programmes.createFromAssessment(latest.get().id());
                render(programmes.current());
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-programme");
            create.setDisableOnClick(true); // a double click must not make two versions
            empty.add(new H3("No programme yet"), new Paragraph("Your assessment of "
                    + DATE.format(latest.get().finishedAt()) + " is ready to turn into a programme that fits your "
                    + "equipment and your week."), create);
        } else {
            Button start = new Button("Take the self-assessment", click ->
                    getUI().ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(new H3("No programme yet"), new Paragraph("Your programme is built from your self-assessment: "
                    + "it picks exercises for the causes it finds. Take it first; it takes about 20 minutes."), start);
        }
        add(empty);
    }

    private Component phaseCard(Programme programme) {
        Card card = new Card();
        card.addClassName("kl-phase-card");
        card.setId("programme-phase");
        Programme.PhaseSummary currentPhase = programme.phases().stream()
                .filter(p -> p.id().equals(programme.phaseId())).findFirst().orElse(programme.phases().getFirst());
        int index = programme.phases().indexOf(currentPhase);
        card.setTitle("Phase " + (index + 1) + " of " + programme.phases().size() + ": " + currentPhase.name());
        card.add(new Paragraph(currentPhase.goal()));
        Paragraph moveOn = new Paragraph("Move on when: " + currentPhase.moveOnWhen());
        moveOn.addClassName("kl-why");
        card.add(moveOn);
        if (index + 1 < programme.phases().size()) {
            OrderedList later = new OrderedList();
            later.getElement().setAttribute("start", String.valueOf(index + 2));
            programme.phases().subList(index + 1, programme.phases().size())
                    .forEach(p -> later.add(new ListItem(p.name() + ": " + p.goal())));
            card.add(new Details("Later phases", later));
        }
        return card;
    }

    private Component sessions(ProgrammeDetails details) {
        TabSheet tabs = new TabSheet();
        tabs.setId("programme-sessions");
        tabs.setWidthFull();
        for (SessionPlan session : details.programme().sessions()) {
            String day = DayOfWeek.of(session.dayOfWeek()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            tabs.add("Session " + session.number() + " · " + day, sessionBody(details, session));
        }
        return tabs;
    }

    private Component sessionBody(ProgrammeDetails details, SessionPlan session) {
        Div body = new Div();
        body.addClassName("kl-session");
        // The tracker's rule (tracking.TrackingService#planned), stated where the plan is read.
        Paragraph length = new Paragraph("About " + session.estimatedMinutes() + " minutes, warm-up included. "
                + "As you progress, an exercise's reps, weight and step move together in every session that has it; "
                + "each session keeps its own number of sets and its minutes. Today shows the current dose.");
        length.addClassName("kl-fine-print");
        body.add(length);
        if (!session.warmUp().isEmpty()) {
            body.add(new Details("Warm-up", UiBits.bullets(session.warmUp())));
        }
        Div cards = new Div();
        cards.addClassName("kl-exercise-cards");
        session.exercises().forEach(planned -> cards.add(exerciseCard(details, planned)));
        body.add(cards);
        return body;
    }

    /**
     * What the exercise is for in this plan: the finding it was chosen for ("For movement control"), so a strength
     * exercise in a motor-control plan does not read as a contradiction. The pillar when no finding is named.
     */
    private String purpose(PlannedExercise planned, Exercise exercise) {
        return planned.rationale().stream().findFirst()
                .flatMap(r -> content.finding(r.findingId()))
                .map(f -> "For " + lowerFirst(f.name().replaceAll("\\s*\\(.*\\)", "")))
                .orElse(ContentText.pillar(exercise.pillar()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private Component exerciseCard(ProgrammeDetails details, PlannedExercise planned) {
        Exercise exercise = content.exercise(planned.exerciseId()).orElseThrow();
        ExerciseCard card = new ExerciseCard(details, planned, exercise,
                new RouterLink(exercise.name(), ExerciseView.class, ExerciseView.routeTo(exercise)),
                purpose(planned, exercise), ExerciseCard.Reader.PERSON);
        if (exercise.dosage().tempo() != null && planned.holdSecondsMax() == 0) {
            card.add(UiBits.finePrint("Tempo: " + ContentText.tempo(exercise.dosage().tempo()) + " · Rest "
                    + ContentText.rest(planned.restSeconds())));
        } else {
            card.add(UiBits.finePrint("Rest " + ContentText.rest(planned.restSeconds())));
        }
        if (planned.loadGuidance() != null) {
            card.add(new Details("Choosing the weight", new Paragraph(planned.loadGuidance())));
        }
        card.add(new Paragraph("Cues: " + String.join(" · ", exercise.cues())));
        UnorderedList why = new UnorderedList();
        planned.rationale().stream().map(Rationale::text).distinct().forEach(text -> why.add(new ListItem(text)));
        Details whyDetails = new Details("Why this exercise", new Paragraph(exercise.why()), why);
        whyDetails.addClassName("kl-why-this");
        card.add(whyDetails);

        if (details.current()) {
            Button swap = new Button("Swap", VaadinIcon.EXCHANGE.create(), click -> openSwap(details, planned, exercise));
            swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            swap.setId("swap-" + planned.exerciseId());
            card.addToFooter(swap);
        }
        return card;
    }

    private void openSwap(ProgrammeDetails details, PlannedExercise planned, Exercise exercise) {
        List<Exercise> options = programmes.alternatives(details.id(), planned.exerciseId());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Swap " + exercise.name());
        dialog.setId("swap-dialog");
        if (options.isEmpty()) {
            dialog.add(new Paragraph("No other exercise fits here with your equipment, pain level and knee control. "
                    + "Keep this one for now."));
        } else {
            dialog.add(new Paragraph("These work on the same causes, with your equipment, and are safe for your knee "
                    + "right now. Pick one:"));
            Div list = new Div();
            list.addClassName("kl-swap-options");
            for (Exercise option : options) {
                Button choose = new Button(option.name(), click -> {
                    programmes.swap(details.id(), planned.exerciseId(), option.id());
                    dialog.close();
                    Notification.show(exercise.name() + " swapped for " + option.name() + ".");
                    render(programmes.current());
                });
                choose.setId("swap-to-" + option.id());
                Div row = new Div(choose, UiBits.finePrint(ContentText.dosageSummary(option) + " · " + ContentText.equipment(option,
                        content.catalogue())));
                row.addClassName("kl-swap-option");
                list.add(row);
            }
            dialog.add(list);
        }
        Button cancel = new Button("Keep " + exercise.name(), click -> dialog.close());
        dialog.getFooter().add(cancel);
        dialog.open();
    }
}
