package com.kneeline.assessment.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kneeline.assessment.AboutYou;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.EditConflictException;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.StepOutcome;
import com.kneeline.assessment.VideoMeasurementService;
import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.SafetyFlag;
import com.kneeline.content.model.VideoMeasure;
import com.kneeline.content.model.WizardStep;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The guided self-assessment, one step at a time. It resumes the person's draft, saves after every step (and on
 * Back), and leaves the wizard for the assessment page when the safety screen stops it or the last step is done.
 * Steps, questions, help and ranges all come from the content pack; this view only collects answers.
 */
@Route("assessment")
@PageTitle("Self-assessment")
@Menu(order = 10, icon = "vaadin:clipboard-check", title = "Self-assessment")
@PermitAll
public class AssessmentWizardView extends Main implements BeforeEnterObserver {

    private final transient AssessmentService assessments;
    private final transient ContentCatalogue catalogue;
    private final transient VideoMeasurementService videos;

    private final Span progressLabel = new Span();
    private final ProgressBar progress = new ProgressBar(0, WizardStep.values().length);
    private final H2 stepTitle = new H2();
    private final Paragraph stepIntro = new Paragraph();
    private final Div body = new Div();
    /** Said beside the buttons, not in a toast, so nothing covers the field being corrected. */
    private final Paragraph attention = new Paragraph(getTranslation("wizard.attention"));
    final Button back = new Button(getTranslation("wizard.back"), VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button(getTranslation("wizard.next"), VaadinIcon.ARROW_RIGHT.create());
    final Button abandon = new Button(getTranslation("wizard.abandon"));

    private final List<AnswerField> fields = new ArrayList<>();
    private final Map<Side, VideoMeasureDialog> openTools = new EnumMap<>(Side.class);
    private AboutYouForm aboutForm;
    private ClearanceCard clearanceCard;
    private AssessmentDetails current;
    private final transient java.time.Clock clock;
    /** The step whose questions are on screen; after a conflict it can differ from the assessment's step. */
    private WizardStep shownStep;

    public AssessmentWizardView(AssessmentService assessments, ContentService content, VideoMeasurementService videos,
                                java.time.Clock clock) {
        this.assessments = assessments;
        this.videos = videos;
        this.clock = clock;
        this.catalogue = content.catalogue(getLocale());
        addClassNames("kl-page", "kl-wizard");

        progressLabel.addClassName("kl-progress-label");
        progressLabel.setId("wizard-progress");
        progress.getElement().setAttribute("aria-labelledby", "wizard-progress"); // "Step 2 of 6 · About you"
        stepTitle.setId("wizard-step-title");
        stepIntro.addClassName("kl-step-intro");
        body.addClassName("kl-step-body");

        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("wizard-next");
        next.setIconAfterText(true);
        next.addClickListener(click -> save(true));
        back.addClickListener(click -> goBack());
        abandon.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        abandon.addClassName("kl-abandon");
        abandon.addClickListener(click -> confirmAbandon());

        Div actions = new Div(back, next);
        actions.addClassName("kl-wizard-actions");
        Paragraph savedNote = new Paragraph(getTranslation("wizard.saved-note"));
        savedNote.addClassName("kl-fine-print");
        attention.setId("wizard-attention");
        attention.addClassName("kl-form-attention");
        attention.getElement().setAttribute("role", "alert");
        attention.setVisible(false);
        add(new Div(progressLabel, progress), stepTitle, stepIntro, body, attention, actions, savedNote, abandon);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = assessments.startOrResume();
        render();
    }

    /**
     * Another tab or device changed this assessment after this screen loaded it. Nothing was saved; what the person
     * typed stays in the fields, each changed answer says so next to it, and the next save stores this screen's
     * answers on purpose (the screen now knows the newer state).
     */
    private void showConflict(EditConflictException conflict) {
        AssessmentDetails now = conflict.now();
        fields.forEach(field -> field.showError(conflict.changedAnswers().contains(field.key())
                ? getTranslation("wizard.conflict.field", now.answers().raw(field.key())
                        .orElse(getTranslation("wizard.conflict.no-answer"))) : null));
        if (aboutForm != null && conflict.aboutChanged()) {
            aboutForm.showErrors(Map.of(AssessmentService.ABOUT + "knees", getTranslation("wizard.conflict.about")));
        }
        String where = conflict.movedFrom(shownStep)
                ? getTranslation("wizard.conflict.moved", StepCopy.of(now.currentStep()).title()) : "";
        Notification note = Notification.show(getTranslation("wizard.conflict", where), 12_000,
                Notification.Position.TOP_CENTER);
        note.addThemeVariants(NotificationVariant.LUMO_WARNING);
        current = now;
    }

    private void render() {
        WizardStep step = current.currentStep();
        shownStep = step;
        StepCopy copy = StepCopy.of(step);
        progressLabel.setText(getTranslation("wizard.progress", step.ordinal() + 1, WizardStep.values().length, copy.title()));
        progress.setValue(step.ordinal() + 1);
        stepTitle.setText(copy.title());
        stepIntro.setText(copy.intro());
        back.setVisible(step.ordinal() > 0);
        next.setText(getTranslation(step.ordinal() == WizardStep.values().length - 1 ? "wizard.finish" : "wizard.next"));

        attention.setVisible(false);
        body.removeAll();
        fields.clear();
        aboutForm = null;
        clearanceCard = null;
        if (step == WizardStep.SAFETY) {
            assessments.hold().ifPresent(hold -> {
                clearanceCard = new ClearanceCard(hold, current.clearance().orElse(null), java.time.LocalDate.now(clock), catalogue);
                body.add(clearanceCard);
            });
            body.add(flagCard(getTranslation("wizard.safety.injury.title"), getTranslation("wizard.safety.injury.intro"),
                    catalogue.safetyQuestions(FlagLevel.ACUTE)));
            List<SafetyFlag> now = new ArrayList<>(catalogue.safetyQuestions(FlagLevel.URGENT));
            now.addAll(catalogue.safetyQuestions(FlagLevel.PROMPT));
            body.add(flagCard(getTranslation("wizard.safety.now.title"), getTranslation("wizard.safety.now.intro"), now));
        }
        if (step == WizardStep.ABOUT) {
            aboutForm = new AboutYouForm(catalogue.equipment());
            aboutForm.setValue(current.aboutYou());
            body.add(aboutForm);
        }
        catalogue.tests(step).forEach(test -> {
            TestCard card = new TestCard(test, this::openVideoTool);
            fields.addAll(card.fields());
            body.add(card);
        });
        fields.forEach(field -> field.setRaw(current.answers().raw(field.key()).orElse(null)));
        // The view scrolls inside the app layout, not the window: bring the step's top (progress and title) into view.
        getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'start'}))");
    }

    /** Opens the video tool for one leg; its numbers fill the answers and are recorded with how they were measured. */
    private void openVideoTool(Side side, Map<VideoMeasure, AnswerField> fields) {
        VideoMeasureDialog dialog = new VideoMeasureDialog(side, result -> {
            Map<VideoMeasure, List<Double>> trials = Map.of(VideoMeasure.FPPA, result.fppaTrials(),
                    VideoMeasure.PELVIC_DROP, result.pelvicDropTrials());
            List<String> filled = new ArrayList<>();
            try {
                for (Map.Entry<VideoMeasure, AnswerField> entry : fields.entrySet()) {
                    String value = videos.record(current.id(), entry.getValue().key(), result.method(),
                            trials.get(entry.getKey()));
                    entry.getValue().setRaw(value);
                    entry.getValue().showError(null);
                    filled.add(value + "\u00b0");
                }
            } catch (IllegalArgumentException notUsable) {
                Notification note = Notification.show(notUsable.getMessage(), 8000, Notification.Position.TOP_CENTER);
                note.addThemeVariants(NotificationVariant.LUMO_WARNING);
                return;
            } catch (IllegalStateException finishedElsewhere) {
                leaveFinished();
                return;
            }
            dialog(side).ifPresent(VideoMeasureDialog::close);
            Notification.show(getTranslation("wizard.video.filled", getTranslation("side." + side.label()),
                    String.join(getTranslation("wizard.video.and"), filled)), 6000, Notification.Position.BOTTOM_CENTER);
        });
        openTools.put(side, dialog);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                openTools.remove(side, dialog);
            }
        });
        dialog.open();
    }

    private Optional<VideoMeasureDialog> dialog(Side side) {
        return Optional.ofNullable(openTools.get(side));
    }

    private Card flagCard(String title, String intro, List<SafetyFlag> flags) {
        Card card = new Card();
        card.addClassName("kl-test-card");
        card.setTitle(title);
        card.setSubtitle(new Paragraph(intro));
        Div inputs = new Div();
        inputs.addClassName("kl-inputs");
        for (SafetyFlag flag : flags) {
            AnswerField field = AnswerField.forFlag(flag);
            fields.add(field);
            inputs.add(field.component());
        }
        card.add(inputs);
        return card;
    }

    private Map<AnswerKey, String> collect() {
        Map<AnswerKey, String> answers = new LinkedHashMap<>();
        fields.forEach(field -> answers.put(field.key(), field.raw()));
        return answers;
    }

    private AboutYou about() {
        return aboutForm == null ? null : aboutForm.value();
    }

    private void save(boolean advance) {
        StepOutcome outcome;
        try {
            outcome = assessments.saveStep(current.id(), shownStep, collect(), about(),
                    clearanceCard == null ? null : clearanceCard.value(), advance, current);
        } catch (EditConflictException conflict) {
            showConflict(conflict);
            return;
        } catch (IllegalStateException finishedElsewhere) {
            leaveFinished();
            return;
        }
        current = outcome.assessment();
        if (!outcome.ok()) {
            fields.forEach(field -> field.showError(outcome.errors().get(field.key().storageKey())));
            if (aboutForm != null) {
                aboutForm.showErrors(outcome.errors());
            }
            if (clearanceCard != null) {
                clearanceCard.showErrors(outcome.errors());
            }
            attention.setVisible(true);
            // Take the person to the first answer to correct, in the middle of the screen.
            getElement().executeJs("requestAnimationFrame(() => { const f = this.querySelector('[invalid]');"
                    + " if (f) { f.scrollIntoView({block: 'center'}); f.focus(); } })");
            return;
        }
        if (current.status() != AssessmentStatus.DRAFT) {
            getUI().ifPresent(ui -> ui.navigate(AssessmentDetailView.class, AssessmentDetailView.params(current.id())));
            return;
        }
        render();
    }

    private void goBack() {
        try {
            current = assessments.goBack(current.id(), shownStep, collect(), about());
        } catch (IllegalStateException finishedElsewhere) {
            leaveFinished();
            return;
        }
        render();
    }

    /** The assessment was finished or abandoned in another window: show it as it is now instead of an error. */
    private void leaveFinished() {
        Notification.show(getTranslation("wizard.finished-elsewhere"),
                6000, Notification.Position.MIDDLE);
        getUI().ifPresent(ui -> ui.navigate(AssessmentDetailView.class, AssessmentDetailView.params(current.id())));
    }

    private void confirmAbandon() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("wizard.abandon.header"));
        dialog.setText(getTranslation("wizard.abandon.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("wizard.abandon.keep"));
        dialog.setConfirmText(getTranslation("wizard.abandon.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            assessments.abandon(current.id());
            Notification.show(getTranslation("wizard.abandoned"));
            getUI().ifPresent(ui -> ui.navigate(AssessmentsView.class));
        });
        dialog.open();
    }
}
