package com.kneeline.content.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.kneeline.content.ContentService;
import com.kneeline.content.ContentService.LadderNeighbours;
import com.kneeline.content.model.Contraindications;
import com.kneeline.content.model.Dosage;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.SafetyFlag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** One exercise: why, how, how much, when not to, where it sits on its ladder, and the sources. */
@Route("library/:exerciseId")
@PermitAll
public class ExerciseView extends ContentDetailView<Exercise> {

    static final String EXERCISE_ID = "exerciseId";

    public ExerciseView(ContentService content) {
        super(content, EXERCISE_ID, content::exercise, Exercise::name, new NotFound("Exercise not found",
                "There is no exercise at this address. It may have been renamed; look for it in the library.",
                "Back to the exercise library", LibraryView.class));
    }

    public static RouteParameters routeTo(Exercise exercise) {
        return new RouteParameters(EXERCISE_ID, exercise.id());
    }

    @Override
    void show(Exercise e) {
        H2 name = heading(e, "exercise-name");

        List<Component> badges = new ArrayList<>();
        badges.add(ContentComponents.pillarBadge(e.pillar()));
        if (e.unilateral()) {
            badges.add(ContentComponents.badge("Each side", BadgeVariant.CONTRAST));
        }
        if (e.loadable()) {
            badges.add(ContentComponents.badge("Can add weight", BadgeVariant.CONTRAST));
        }
        Span equipment = new Span(ContentText.equipment(e, catalogue));
        equipment.addClassName("kl-detail-equipment");
        equipment.setId("exercise-equipment");
        Div meta = new Div(ContentComponents.badgeRow(badges.toArray(Component[]::new)), equipment);
        meta.addClassName("kl-detail-meta");

        Paragraph why = new Paragraph(e.why());
        Div helpsWith = new Div();
        helpsWith.addClassName("kl-link-list");
        helpsWith.setId("exercise-helps-with");
        for (String findingId : e.addresses()) {
            catalogue.finding(findingId).ifPresent(f -> {
                RouterLink link = new RouterLink(f.name(), FindingView.class, FindingView.routeTo(f));
                link.addClassName("kl-chip-link");
                helpsWith.add(link);
            });
        }

        OrderedList steps = ContentComponents.orderedList(e.instructions());
        steps.setId("exercise-instructions");
        steps.addClassName("kl-steps");

        // The order style puts dose and cautions right after "why" on a phone, where the two columns stack.
        Div main = new Div(
                ordered(ContentComponents.section("Why this exercise", why, subtitle("Helps with"), helpsWith), 1),
                ordered(ContentComponents.section("How to do it", steps), 4),
                ordered(ContentComponents.section("Coaching cues", ContentComponents.bulletList(e.cues())), 5),
                ordered(ContentComponents.section("Common faults to watch for",
                        ContentComponents.bulletList(e.faults())), 6));
        main.addClassName("kl-detail-main");

        Div side = new Div(ordered(dosage(e), 2), ordered(cautions(e), 3));
        side.addClassName("kl-detail-side");

        Div columns = new Div(main, side);
        columns.addClassName("kl-detail-columns");

        add(ContentComponents.backLink("Exercise library", LibraryView.class), name, meta, columns);
        content.ladderNeighbours(e.id()).ifPresent(n -> add(ladder(e, n)));
        add(ContentComponents.section("Sources", ContentComponents.references(content.referencesFor(e))));
    }

    private Component dosage(Exercise e) {
        Dosage d = e.dosage();
        DescriptionList list = new DescriptionList();
        list.addClassName("kl-facts");
        list.setId("exercise-dosage");
        fact(list, "Sets", ContentText.sets(d));
        fact(list, e.dosage().isTimed() ? "Hold" : "Reps", ContentText.repsOrHold(e));
        if (d.tempo() != null) {
            fact(list, "Tempo", ContentText.tempo(d.tempo()));
        }
        fact(list, "Rest", ContentText.rest(d.restSeconds()));
        fact(list, "How often", ContentText.daysPerWeek(d.daysPerWeek()));
        Div box = new Div(list);
        if (e.loadable() && e.loadGuidance() != null) {
            Paragraph load = new Paragraph(e.loadGuidance());
            load.setId("exercise-load");
            Span heading = new Span("Adding weight");
            heading.addClassName("kl-subtitle");
            box.add(heading, load);
        }
        Component section = ContentComponents.section("Starting dose", box);
        section.getElement().getClassList().add("kl-panel");
        return section;
    }

    private static Component ordered(Component component, int order) {
        component.getElement().getStyle().set("order", String.valueOf(order));
        return component;
    }

    private static Span subtitle(String text) {
        Span span = new Span(text);
        span.addClassName("kl-subtitle");
        return span;
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private Component cautions(Exercise e) {
        Contraindications c = e.contraindications();
        Div box = new Div();
        Paragraph pain = new Paragraph("Skip it if your knee pain during activity is above " + c.maxPain() + "/10.");
        pain.setId("exercise-max-pain");
        box.add(pain);
        List<SafetyFlag> flags = c.excludedBy().stream().map(catalogue::safetyFlag).flatMap(Optional::stream).toList();
        if (!flags.isEmpty()) {
            Span intro = new Span("Do not do it if you answer yes to:");
            intro.addClassName("kl-subtitle");
            box.add(intro, ContentComponents.bulletList(flags.stream().map(SafetyFlag::question).toList()));
        }
        if (c.notes() != null) {
            box.add(new Paragraph(c.notes()));
        }
        Component section = ContentComponents.section("Cautions", box);
        section.getElement().getClassList().add("kl-panel");
        section.getElement().getClassList().add("kl-panel-caution");
        section.setId("exercise-cautions");
        return section;
    }

    private Component ladder(Exercise e, LadderNeighbours n) {
        Ladder ladder = n.ladder();
        Paragraph position = new Paragraph("Step " + n.level() + " of " + n.levels());
        position.setId("ladder-position");
        position.addClassName("kl-ladder-position");

        Div neighbours = new Div();
        neighbours.addClassName("kl-ladder-nav");
        n.easier().ifPresent(x -> neighbours.add(stepLink("ladder-easier", "Easier", x, VaadinIcon.ARROW_LEFT, true)));
        n.harder().ifPresent(x -> neighbours.add(stepLink("ladder-harder", "Harder", x, VaadinIcon.ARROW_RIGHT, false)));

        OrderedList steps = new OrderedList();
        steps.setId("ladder-steps");
        steps.addClassName("kl-ladder-steps");
        for (Exercise step : catalogue.ladderSteps(ladder.id())) {
            ListItem item = new ListItem();
            if (step.id().equals(e.id())) {
                item.addClassName("kl-current");
                item.getElement().setAttribute("aria-current", "step");
                Span here = new Span(step.name());
                here.addClassName("kl-current-name");
                item.add(here, ContentComponents.badge("You are here", BadgeVariant.SUCCESS));
            } else {
                item.add(new RouterLink(step.name(), ExerciseView.class, routeTo(step)));
            }
            if (ladder.formGated() && step.level() > ladder.maxLevelWhileCaving()) {
                item.add(ContentComponents.badge("Knee must track well", BadgeVariant.WARNING));
            }
            steps.add(item);
        }

        Div box = new Div(new Paragraph(ladder.description()), position);
        if (ladder.formGated()) {
            int max = ladder.maxLevelWhileCaving();
            String lastSafe = catalogue.ladderSteps(ladder.id()).stream().filter(s -> s.level() == max)
                    .map(Exercise::name).findFirst().orElse("step " + max);
            Paragraph gate = new Paragraph("While your knee still caves in, stay at step " + max
                    + " (" + lastSafe + ") or below. Move past it only once your knee stays over your toes for "
                    + "every rep: loading a knee that caves in trains the very pattern you want to lose.");
            gate.setId("ladder-form-gate");
            gate.addClassName("kl-notice");
            box.add(gate);
        }
        box.add(neighbours, steps);
        Component section = ContentComponents.section("Progression: " + ladder.name(), box);
        section.setId("exercise-ladder");
        return section;
    }

    private static Component stepLink(String id, String label, Exercise target, VaadinIcon icon, boolean iconFirst) {
        RouterLink link = new RouterLink(ExerciseView.class, routeTo(target));
        link.setId(id);
        link.addClassName("kl-step-link");
        Span text = new Span(new Span(label), new Span(target.name()));
        text.addClassName("kl-step-link-text");
        text.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("kl-step-link-label"));
        if (iconFirst) {
            link.add(icon.create(), text);
        } else {
            link.addClassName("kl-step-link-next");
            link.add(text, icon.create());
        }
        return link;
    }
}
