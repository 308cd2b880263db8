package com.kneeline.trainer.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.kneeline.base.Dates;
import com.kneeline.base.ui.UiBits;
import com.kneeline.prescription.ui.ProgrammeView;
import com.kneeline.account.AccountService;
import com.kneeline.account.PersonNotFoundException;
import com.kneeline.assessment.AboutYou;
import com.kneeline.base.ui.UiBits;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Phase;
import com.kneeline.content.ui.ContentText;
import com.kneeline.prescription.AdjustmentRefusedException;
import com.kneeline.prescription.ClientPlanService;
import com.kneeline.prescription.DoseBounds;
import com.kneeline.prescription.PlanRequest;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.Week;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.prescription.ui.ExerciseCard;
import com.kneeline.trainer.TemplateService;
import com.kneeline.trainer.TemplateSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.data.domain.PageRequest;
import jakarta.annotation.security.RolesAllowed;

/**
 * A trainer's plan editor for one client: generate the programme from the client's latest assessment or from a
 * template, then adjust each exercise (swap, sets, reps or hold, weight) and the week and phase. Every refusal is
 * shown next to its field; a client the trainer does not coach is "not found".
 */
@Route("trainer/clients/:clientId/plan")
@PageTitle("Client plan")
@RolesAllowed("TRAINER")
public class ClientPlanView extends Main implements BeforeEnterObserver {

    static final String CLIENT_ID = "clientId";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withZone(Dates.ZONE);

    private final transient ClientPlanService plans;
    private final transient DoseBounds doseBounds;
    private final transient TemplateService templates;
    private final transient AccountService accounts;
    private final transient ContentService content;
    private long clientId;
    private String clientName;

    public ClientPlanView(ClientPlanService plans, DoseBounds doseBounds,
                          TemplateService templates, AccountService accounts, ContentService content) {
        this.plans = plans;
        this.doseBounds = doseBounds;
        this.templates = templates;
        this.accounts = accounts;
        this.content = content;
        addClassNames("kl-page", "kl-programme", "kl-client-plan");
    }

    public static RouteParameters routeTo(long clientId) {
        return new RouteParameters(CLIENT_ID, String.valueOf(clientId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            clientId = Long.parseLong(event.getRouteParameters().get(CLIENT_ID).orElse(""));
            ClientPlanService.ClientPlan plan = plans.clientPlan(clientId);
            clientName = accounts.displayName(clientId).orElse("your client");
            render(plan, List.of());
        } catch (NumberFormatException | PersonNotFoundException notYours) {
            // the same page as an address that does not exist: nothing confirms the person exists
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh(List<String> skipped) {
        render(plans.clientPlan(clientId), skipped);
    }

    private void render(ClientPlanService.ClientPlan plan, List<String> skipped) {
        removeAll();
        H2 title = new H2("Plan for " + clientName);
        title.setId("plan-title");
        add(title);
        if (plan.blocked().isPresent()) {
            Div referral = new Div(new H3("See a professional first"), new Paragraph(plan.blocked().get()));
            referral.addClassName("kl-referral");
            referral.setId("plan-blocked");
            add(referral);
            return;
        }
        add(generateCard(plan));
        if (!skipped.isEmpty()) {
            Div notApplied = new Div(new H3("Not applied for " + clientName), UiBits.bullets(skipped));
            notApplied.addClassName("kl-callout");
            notApplied.setId("plan-skipped");
            add(notApplied);
        }
        plan.current().ifPresent(current -> {
            if (current.programme().kind() == Programme.Kind.LOW_LOAD) {
                Div gentle = new Div(new Paragraph("Activity pain is high, so the programme keeps to gentle, "
                        + "low-load exercises: no added weight, jumping or quick turns, whatever you set here."));
                gentle.addClassName("kl-callout");
                add(gentle);
            }
            add(settingsCard(current, plan.week()));
            add(changes(current));
            add(exercises(current));
        });
    }

    // --- generating -----------------------------------------------------------------------------------------------

    private Component generateCard(ClientPlanService.ClientPlan plan) {
        Card card = new Card();
        card.setId("plan-generate-card");
        card.setTitle(plan.current().isPresent() ? "Make a new version" : "Make the programme");
        if (plan.latestCompleted().isEmpty()) {
            card.add(new Paragraph(clientName + " has not finished a self-assessment yet. The programme is built from "
                    + "its findings, so it can be made once they have."));
            return card;
        }
        card.add(new Paragraph("From " + clientName + "'s self-assessment of "
                + DATE.format(plan.latestCompleted().get().finishedAt()) + (plan.current().isPresent()
                ? ". The current version is kept in the history, and your changes are carried over where they "
                + "still apply." : ".")));
        Button generate = new Button("Generate from the assessment", VaadinIcon.MAGIC.create(), click -> {
            plans.generateForClient(clientId);
            Notification.show("Programme made for " + clientName + ".");
            refresh(List.of());
        });
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.setId("plan-generate");
        generate.setDisableOnClick(true);

        ComboBox<TemplateSummary> template = new ComboBox<>("Or start from one of your templates");
        template.setId("plan-template");
        template.setItemLabelGenerator(TemplateSummary::name);
        // Lazy: a trainer may have many templates; the search and the paging both happen in the database.
        template.setItems(query -> templates.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        template.setHelperText("Its week, phase and exercise choices are applied where they are safe for "
                + clientName + "; anything skipped is listed with the reason.");
        template.setWidthFull();
        Button fromTemplate = new Button("Generate from template", click -> {
            if (template.isEmpty()) {
                template.setInvalid(true);
                template.setErrorMessage("Choose a template first.");
                click.getSource().setEnabled(true);
                return;
            }
            PlanRequest.Outcome outcome = templates.applyTo(clientId, template.getValue().id());
            Notification.show("Programme made from “" + template.getValue().name() + "”.");
            refresh(outcome.skipped());
        });
        fromTemplate.setId("plan-generate-template");
        fromTemplate.setDisableOnClick(true);
        card.add(generate, template);
        card.addToFooter(fromTemplate);
        return card;
    }

    /**
     * What the week came to, which can differ from the settings: a day where every exercise has already had its
     * days per week is a rest day, and a dose change moves a session's minutes.
     */
    static Paragraph weekAsPlanned(List<SessionPlan> sessions, int asked) {
        Paragraph line = new Paragraph();
        line.setId("plan-week-as-planned");
        if (sessions.isEmpty()) {
            line.setText("No sessions in this version.");
            return line;
        }
        String days = sessions.stream()
                .map(s -> DayOfWeek.of(s.dayOfWeek()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        IntSummaryStatistics minutes = sessions.stream().mapToInt(SessionPlan::estimatedMinutes).summaryStatistics();
        String length = minutes.getMin() == minutes.getMax() ? "about " + minutes.getMax() + " minutes"
                : "about " + minutes.getMin() + " to " + minutes.getMax() + " minutes";
        line.setText("As planned: " + sessions.size() + (sessions.size() == 1 ? " session (" : " sessions (") + days
                + "), " + length + " each, warm-up included."
                + (sessions.size() < asked ? " That is fewer than the " + asked + " set: each exercise keeps to its"
                        + " days per week, so the other days are rest days." : ""));
        return line;
    }

    // --- week and phase -------------------------------------------------------------------------------------------

    private Component settingsCard(ProgrammeDetails current, Week week) {
        Card card = new Card();
        card.setId("plan-settings");
        card.setTitle("Week and phase");
        card.add(UiBits.finePrint("Version " + current.versionNumber() + ", made on " + DATE.format(current.createdAt())
                + ". Changing these makes a new version."));
        card.add(weekAsPlanned(current.programme().sessions(), week.sessionsPerWeek()));
        IntegerField sessions = new IntegerField("Sessions per week");
        sessions.setId("plan-sessions");
        sessions.setStepButtonsVisible(true);
        sessions.setHelperText(AboutYou.MIN_SESSIONS + " to " + AboutYou.MAX_SESSIONS + ".");
        IntegerField minutes = new IntegerField("Minutes per session");
        minutes.setId("plan-minutes");
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(AboutYou.MIN_MINUTES + " to " + AboutYou.MAX_MINUTES + ", warm-up included.");
        // The bounds are Week's constraints; the binder shows them next to the field before anything is sent.
        BeanValidationBinder<Week> binder = new BeanValidationBinder<>(Week.class);
        binder.forField(sessions).asRequired("Enter a whole number.").bind("sessionsPerWeek");
        binder.forField(minutes).asRequired("Enter a whole number.").bind("minutesPerSession");
        binder.readRecord(week);
        Button saveWeek = new Button("Save week", click -> {
            try {
                Week wanted = binder.writeRecord();
                plans.setWeek(clientId, current.id(), wanted.sessionsPerWeek(), wanted.minutesPerSession());
                Notification.show("New week saved; " + clientName + " sees it as set by you.");
                refresh(List.of());
            } catch (ValidationException invalid) {
                click.getSource().setEnabled(true);
            } catch (AdjustmentRefusedException refused) {
                showError(refused.field() == AdjustmentRefusedException.Field.MINUTES ? minutes : sessions,
                        refused.getMessage());
                click.getSource().setEnabled(true);
            }
        });
        saveWeek.setId("plan-save-week");
        saveWeek.setDisableOnClick(true);

        Select<Phase> phase = new Select<>();
        phase.setLabel("Phase");
        phase.setId("plan-phase");
        phase.setItems(plans.phases());
        phase.setItemLabelGenerator(Phase::name);
        plans.phases().stream().filter(p -> p.id().equals(current.programme().phaseId())).findFirst()
                .ifPresent(phase::setValue);
        phase.setHelperText("Whatever the phase, a knee that caves in keeps to low, unloaded steps.");
        Button savePhase = new Button("Save phase", click -> {
            try {
                plans.setPhase(clientId, current.id(), phase.getValue() == null ? "" : phase.getValue().id());
                Notification.show("Phase saved.");
                refresh(List.of());
            } catch (AdjustmentRefusedException refused) {
                showError(phase, refused.getMessage());
                click.getSource().setEnabled(true);
            }
        });
        savePhase.setId("plan-save-phase");
        savePhase.setDisableOnClick(true);

        FormLayout form = new FormLayout(sessions, minutes, saveWeek, phase, savePhase);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 3));
        form.setColspan(phase, 2);
        card.add(form);
        return card;
    }

    private Component changes(ProgrammeDetails current) {
        Div box = new Div();
        box.setId("plan-changes");
        box.add(new H3("Changes to this version"));
        if (current.changes().isEmpty()) {
            box.add(UiBits.finePrint("None yet: the programme is as the engine made it."));
            return box;
        }
        UnorderedList list = new UnorderedList();
        current.changes().forEach(c -> list.add(new ListItem(c.summary() + " — " + (c.madeByTrainer()
                ? c.madeByName() : c.madeByName() + " (client)") + ", " + DATE.format(c.madeAt()))));
        box.add(list);
        return box;
    }

    // --- exercises ------------------------------------------------------------------------------------------------

    private Component exercises(ProgrammeDetails current) {
        Div box = new Div();
        box.add(new H3("Exercises"));
        Map<String, PlannedExercise> distinct = new LinkedHashMap<>();
        current.programme().sessions().forEach(s -> s.exercises().forEach(e -> distinct.putIfAbsent(e.exerciseId(), e)));
        if (distinct.isEmpty()) {
            box.add(UiBits.finePrint("This programme has no exercises: " + String.join(" ", current.programme().education())));
            return box;
        }
        Div cards = new Div();
        cards.addClassName("kl-exercise-cards");
        distinct.values().forEach(planned -> cards.add(exerciseCard(current, planned)));
        box.add(cards);
        return box;
    }

    private Component exerciseCard(ProgrammeDetails current, PlannedExercise planned) {
        Exercise exercise = content.exercise(planned.exerciseId()).orElseThrow();
        ExerciseCard card = new ExerciseCard(current, planned, exercise, new Span(exercise.name()),
                ContentText.pillar(exercise.pillar()), ExerciseCard.Reader.TRAINER);
        card.add(UiBits.finePrint(planned.loadGuidance() == null ? "No added weight." : "Weight: " + planned.loadGuidance()));
        Button adjust = new Button("Adjust", VaadinIcon.PENCIL.create(), click -> new AdjustDialog(plans, doseBounds,
                clientId, clientName, current, planned, exercise, () -> refresh(List.of())).open());
        adjust.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        adjust.setId("adjust-" + planned.exerciseId());
        adjust.setAriaLabel("Adjust " + exercise.name());
        card.addToFooter(adjust);
        return card;
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
