package com.kneeline.prescription.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.account.CurrentUser;
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
import com.kneeline.prescription.ExerciseHolds;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
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

    private final transient ProgrammeService programmes;
    private final transient AssessmentService assessments;
    private final transient ContentService content;
    private final transient ProgrammeHandout handout;
    private final transient CurrentUser currentUser;
    private final transient ExerciseHolds holds;

    public ProgrammeView(ProgrammeService programmes, AssessmentService assessments, ContentService content,
                         ProgrammeHandout handout, CurrentUser currentUser, ExerciseHolds holds) {
        this.holds = holds;
        this.programmes = programmes;
        this.assessments = assessments;
        this.content = content;
        this.date = com.kneeline.base.i18n.Dates.longDate(getLocale());
        this.words = content.catalogue(getLocale());
        this.handout = handout;
        this.currentUser = currentUser;
        addClassNames("kl-page", "kl-programme");
    }

    private final DateTimeFormatter date;
    /** The content pack in the person's language: names, cues and reasons of the exercises. */
    private final transient com.kneeline.content.model.ContentCatalogue words;

    /** A text the programme stored in the pack's words, in the person's language. */
    private String stored(String text) {
        return content.words(getLocale(), text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(programmes.current());
    }

    private void render(Optional<ProgrammeDetails> current) {
        removeAll();
        Optional<SafetyHold> hold = programmes.hold();
        if (hold.isPresent()) { // a later assessment stopped: no exercises, whatever the last programme was
            H2 title = new H2(getTranslation("programme.title"));
            title.setId("programme-title");
            add(title, new HoldNotice(hold.get(), content.catalogue(getLocale())));
            return;
        }
        if (current.isEmpty()) {
            renderEmpty();
            return;
        }
        ProgrammeDetails details = current.get();
        Programme programme = details.programme();
        H2 title = new H2(getTranslation("programme.title"));
        title.setId("programme-title");
        Paragraph source = new Paragraph(getTranslation("programme.version", details.versionNumber(),
                date.format(details.createdAt())));
        source.addClassName("kl-fine-print");
        add(title, source);

        if (programme.kind() == Programme.Kind.REFERRAL_ONLY) {
            Div referral = new Div(new H3(getTranslation("programme.referral.title")),
                    new Paragraph(getTranslation("programme.referral")));
            referral.addClassName("kl-referral");
            referral.setId("programme-referral");
            add(referral);
            return;
        }
        if (programme.kind() == Programme.Kind.LOW_LOAD) {
            Div gentle = new Div(new Paragraph(getTranslation("programme.low-load")));
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
            byTrainer.forEach(change -> trainer.add(new Paragraph(getTranslation("programme.set-by-trainer",
                    change.summary(), change.madeByName(), date.format(change.madeAt())))));
            add(trainer);
        }
        if (!programme.safetyNotes().isEmpty()) {
            Div safety = new Div(new H3(getTranslation("programme.stay-safe")),
                    UiBits.bullets(programme.safetyNotes().stream().map(this::stored).toList()));
            safety.addClassName("kl-callout");
            add(safety);
        }
        // The sessions come before the background reading, so on a phone the exercises are the next thing down.
        add(sessions(details));
        if (!programme.education().isEmpty() || programme.referralSuggested()) {
            Div education = new Div(new H3(getTranslation("programme.worth-knowing")),
                    UiBits.bullets(programme.education().stream().map(this::stored).toList()));
            if (programme.referralSuggested()) {
                education.add(new Paragraph(getTranslation("programme.physio")));
            }
            education.addClassName("kl-education");
            add(education);
        }
        List<ExerciseHolds.Note> held = holds.notes(programme);
        if (!held.isEmpty()) {
            Div waits = new Div(new H3(getTranslation("programme.held-back")));
            held.forEach(n -> waits.add(new Paragraph(n.exerciseName() + ": " + n.why())));
            waits.addClassName("kl-callout");
            waits.setId("programme-held-back");
            add(waits);
        }
        if (!programme.sessions().isEmpty()) {
            add(TakeAwayLinks.forProgramme(new HandoutDownload(handout, () -> programmes.current().orElseThrow(),
                    currentUser.require().displayName(), getLocale(), Dates.ZONE)));
        }
        add(Disclaimer.paragraph());
    }

    private void renderEmpty() {
        H2 title = new H2(getTranslation("programme.title"));
        title.setId("programme-title");
        add(title);
        Optional<AssessmentSummary> latest = assessments.latestCompleted();
        Div empty = new Div();
        empty.addClassName("kl-empty-state-box");
        empty.setId("programme-empty");
        if (latest.isPresent()) {
            Button create = new Button(getTranslation("programme.create"), VaadinIcon.MAGIC.create(), click -> {
                programmes.createFromAssessment(latest.get().id());
                render(programmes.current());
            });
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-programme");
            create.setDisableOnClick(true); // a double click must not make two versions
            empty.add(new H3(getTranslation("programme.none")), new Paragraph(getTranslation("programme.ready",
                    date.format(latest.get().finishedAt()))), create);
        } else {
            Button start = new Button(getTranslation("programme.take-assessment"), click ->
                    getUI().ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(new H3(getTranslation("programme.none")), new Paragraph(getTranslation("programme.built-from")),
                    start);
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
        card.setTitle(getTranslation("programme.phase", index + 1, programme.phases().size(),
                stored(currentPhase.name())));
        card.add(new Paragraph(stored(currentPhase.goal())));
        Paragraph moveOn = new Paragraph(getTranslation("programme.move-on", stored(currentPhase.moveOnWhen())));
        moveOn.addClassName("kl-why");
        card.add(moveOn);
        if (index + 1 < programme.phases().size()) {
            OrderedList later = new OrderedList();
            later.getElement().setAttribute("start", String.valueOf(index + 2));
            programme.phases().subList(index + 1, programme.phases().size())
                    .forEach(p -> later.add(new ListItem(stored(p.name()) + ": " + stored(p.goal()))));
            card.add(new Details(getTranslation("programme.later-phases"), later));
        }
        return card;
    }

    private Component sessions(ProgrammeDetails details) {
        TabSheet tabs = new TabSheet();
        tabs.setId("programme-sessions");
        tabs.setWidthFull();
        // vaadin-tabs 25 has a tabindex="-1" scroll box between its role=tablist and the tabs, which screen readers
        // and axe read as a child that is not a tab (aria-required-children). It is never in the tab order, and the
        // tabs fit without scrolling, so the attribute goes.
        tabs.getElement().executeJs("customElements.whenDefined('vaadin-tabs').then(() => requestAnimationFrame(() => {"
                + " const list = this.querySelector('vaadin-tabs');"
                + " const box = list && list.shadowRoot && list.shadowRoot.querySelector('[part~=tabs][tabindex]');"
                + " if (box) { box.removeAttribute('tabindex'); } }))");
        for (SessionPlan session : details.programme().sessions()) {
            String day = DayOfWeek.of(session.dayOfWeek()).getDisplayName(TextStyle.SHORT,
                    com.kneeline.base.i18n.Translations.supported(getLocale()));
            // Number and day on two lines, so three or four tabs fit side by side on a phone.
            Tab tab = new Tab(new Span(getTranslation("programme.session-tab", session.number())), new Span(day));
            tab.addClassName("kl-session-tab");
            tabs.add(tab, sessionBody(details, session));
        }
        return tabs;
    }

    private Component sessionBody(ProgrammeDetails details, SessionPlan session) {
        Div body = new Div();
        body.addClassName("kl-session");
        // The tracker's rule (tracking.TrackingService#planned), stated where the plan is read.
        Paragraph length = new Paragraph(getTranslation("programme.session.length", session.estimatedMinutes()));
        length.addClassName("kl-fine-print");
        body.add(length);
        if (!session.warmUp().isEmpty()) {
            body.add(new Details(getTranslation("programme.warm-up"),
                    UiBits.bullets(session.warmUp().stream().map(this::stored).toList())));
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
                .flatMap(r -> words.finding(r.findingId()))
                .map(f -> getTranslation("programme.for", lowerFirst(f.name().replaceAll("\\s*\\(.*\\)", ""))))
                .orElse(ContentText.pillar(exercise.pillar()));
    }

    /** "For weak buttock muscles"; German keeps its capitals (nouns), so only English lowers the first letter. */
    private String lowerFirst(String text) {
        boolean english = com.kneeline.base.i18n.Translations.supported(getLocale()).equals(Locale.ENGLISH);
        return text.isEmpty() || !english ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private Component exerciseCard(ProgrammeDetails details, PlannedExercise planned) {
        Exercise exercise = words.exercise(planned.exerciseId()).orElseThrow();
        ExerciseCard card = new ExerciseCard(details, planned, exercise,
                new RouterLink(exercise.name(), ExerciseView.class, ExerciseView.routeTo(exercise)),
                purpose(planned, exercise), ExerciseCard.Reader.PERSON);
        if (exercise.dosage().tempo() != null && planned.holdSecondsMax() == 0) {
            card.add(UiBits.finePrint(getTranslation("programme.tempo", ContentText.tempo(exercise.dosage().tempo()),
                    ContentText.rest(planned.restSeconds()))));
        } else {
            card.add(UiBits.finePrint(getTranslation("programme.rest", ContentText.rest(planned.restSeconds()))));
        }
        if (planned.loadGuidance() != null) {
            card.add(new Details(getTranslation("programme.choosing-weight"), new Paragraph(stored(planned.loadGuidance()))));
        }
        card.add(new Paragraph(getTranslation("programme.cues", String.join(" · ", exercise.cues()))));
        UnorderedList why = new UnorderedList();
        planned.rationale().stream().map(Rationale::text).distinct()
                .forEach(text -> why.add(new ListItem(content.words(getLocale(), text, sideWords()))));
        Details whyDetails = new Details(getTranslation("programme.why"), new Paragraph(exercise.why()), why);
        whyDetails.addClassName("kl-why-this");
        card.add(whyDetails);

        if (details.current()) {
            Button swap = new Button(getTranslation("programme.swap"), VaadinIcon.EXCHANGE.create(), click -> openSwap(details, planned, exercise));
            swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            swap.setId("swap-" + planned.exerciseId());
            card.addToFooter(swap);
        }
        return card;
    }

    private void openSwap(ProgrammeDetails details, PlannedExercise planned, Exercise exercise) {
        List<Exercise> options = programmes.alternatives(details.id(), planned.exerciseId()).stream()
                .map(o -> words.exercise(o.id()).orElse(o)).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("programme.swap.title", exercise.name()));
        dialog.setId("swap-dialog");
        if (options.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("programme.swap.none")));
        } else {
            dialog.add(new Paragraph(getTranslation("programme.swap.pick")));
            Div list = new Div();
            list.addClassName("kl-swap-options");
            for (Exercise option : options) {
                Button choose = new Button(option.name(), click -> {
                    programmes.swap(details.id(), planned.exerciseId(), option.id());
                    dialog.close();
                    Notification.show(getTranslation("programme.swapped", exercise.name(), option.name()));
                    render(programmes.current());
                });
                choose.setId("swap-to-" + option.id());
                Div row = new Div(choose, UiBits.finePrint(ContentText.dosageSummary(option) + " · " + ContentText.equipment(option,
                        words)));
                row.addClassName("kl-swap-option");
                list.add(row);
            }
            dialog.add(list);
        }
        Button cancel = new Button(getTranslation("programme.keep", exercise.name()), click -> dialog.close());
        dialog.getFooter().add(cancel);
        dialog.open();
    }

    /** The engine's side words ("left", "right") in the person's language, for stored reasons. */
    private java.util.Map<String, String> sideWords() {
        return java.util.Map.of("left", getTranslation("side.word.left"), "right", getTranslation("side.word.right"));
    }
}
