package com.kneeline.trainer.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.ProgrammeDetails;
import com.kneeline.prescription.ProgrammeService;
import com.kneeline.prescription.engine.PlannedExercise;
import com.kneeline.prescription.engine.Programme;
import com.kneeline.prescription.engine.SessionPlan;
import com.kneeline.prescription.ui.ExerciseCard;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** The client's current programme at a glance, on {@link ClientDetailView}; the plan editor changes it. */
class ClientProgrammeSection extends Section {

    private final transient ContentService content;

    ClientProgrammeSection(ProgrammeService programmes, ContentService content, long clientId) {
        this.content = content;
        setId("client-programme");
        addClassName("kl-client-section");
        add(new H3("Current programme"));
        Optional<ProgrammeDetails> current = programmes.current(clientId);
        if (current.isEmpty()) {
            add(new Paragraph("No programme yet."));
            return;
        }
        Programme programme = current.get().programme();
        String phase = programme.phases().stream().filter(p -> p.id().equals(programme.phaseId()))
                .map(p -> p.name() + ": " + p.goal()).findFirst().orElse("");
        Paragraph intro = new Paragraph("Version " + current.get().versionNumber() + " of "
                + ClientDetailView.DATE.format(current.get().createdAt()) + (phase.isEmpty() ? "" : " · " + phase));
        intro.setId("client-programme-intro");
        add(intro);
        if (programme.kind() == Programme.Kind.REFERRAL_ONLY) {
            add(new Paragraph("On hold: the assessment found a reason to see a professional first."));
        }
        for (SessionPlan session : programme.sessions()) {
            UnorderedList items = new UnorderedList();
            for (PlannedExercise planned : session.exercises()) {
                Optional<Exercise> exercise = content.exercise(planned.exerciseId());
                items.add(new ListItem(exercise.map(e -> e.name() + " · " + ExerciseCard.dose(planned, e))
                        .orElse(planned.exerciseId())));
            }
            add(new H4("Session " + session.number() + " · "
                    + DayOfWeek.of(session.dayOfWeek()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)), items);
        }
        current.get().changes().forEach(change -> add(new Paragraph("Changed by " + change.madeByName()
                + (change.madeByTrainer() ? " (trainer)" : "") + ": " + exerciseName(change.exerciseId()) + " → "
                + exerciseName(change.replacementId()))));
    }

    private String exerciseName(String id) {
        return content.exercise(id).map(Exercise::name).orElse(id);
    }
}
