package com.kneeline.content.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.kneeline.content.ContentService;
import com.kneeline.content.ContentService.LadderNeighbours;
import com.kneeline.content.model.ContentCatalogue;
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
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** One exercise: why, how, how much, when not to, where it sits on its ladder, and the sources. */
@Route("library/:exerciseId")
@PermitAll
public class ExerciseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String EXERCISE_ID = "exerciseId";

    private final transient ContentService content;
    private final transient ContentCatalogue catalogue;
    private String title = "";

    public ExerciseView(ContentService content) {
        this.content = content;
        this.catalogue = content.catalogue(getLocale());
        addClassNames("kl-page", "kl-detail-page");
    }

    public static RouteParameters routeTo(Exercise exercise) {
        return new RouteParameters(EXERCISE_ID, exercise.id());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Exercise> found = event.getRouteParameters().get(EXERCISE_ID).flatMap(catalogue::exercise);
        if (found.isEmpty()) {
            title = getTranslation("exercise.not-found");
            add(ContentComponents.notFound(title, getTranslation("exercise.not-found.text"),
                    getTranslation("exercise.back"), LibraryView.class));
            return;
        }
        Exercise exercise = found.get();
        title = exercise.name();
        show(exercise);
    }

    private void show(Exercise e) {
        H2 name = new H2(e.name());
        name.setId("exercise-name");
        name.addClassName("kl-detail-title");

        List<Component> badges = new ArrayList<>();
        badges.add(ContentComponents.pillarBadge(e.pillar()));
        if (e.unilateral()) {
            badges.add(ContentComponents.badge(getTranslation("exercise.each-side"), BadgeVariant.CONTRAST));
        }
        if (e.loadable()) {
            badges.add(ContentComponents.badge(getTranslation("exercise.loadable"), BadgeVariant.CONTRAST));
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
                ordered(ContentComponents.section(getTranslation("programme.why"), why,
                        subtitle(getTranslation("exercise.helps-with")), helpsWith), 1),
                ordered(ContentComponents.section(getTranslation("test.how"), steps), 4),
                ordered(ContentComponents.section(getTranslation("exercise.cues"), ContentComponents.bulletList(e.cues())), 5),
                ordered(ContentComponents.section(getTranslation("exercise.faults"),
                        ContentComponents.bulletList(e.faults())), 6));
        main.addClassName("kl-detail-main");

        Div side = new Div(ordered(dosage(e), 2), ordered(cautions(e), 3));
        side.addClassName("kl-detail-side");

        Div columns = new Div(main, side);
        columns.addClassName("kl-detail-columns");

        add(ContentComponents.backLink(getTranslation("title.exercise-library"), LibraryView.class), name, meta, columns);
        content.ladderNeighbours(e.id()).ifPresent(n -> add(ladder(e, n)));
        // the neighbours come from the original pack: their names are taken from the translated one by id
        add(ContentComponents.section(getTranslation("exercise.sources"), ContentComponents.references(content.referencesFor(e))));
    }

    private Component dosage(Exercise e) {
        Dosage d = e.dosage();
        DescriptionList list = new DescriptionList();
        list.addClassName("kl-facts");
        list.setId("exercise-dosage");
        fact(list, getTranslation("exercise.sets"), ContentText.sets(d));
        fact(list, getTranslation(e.dosage().isTimed() ? "exercise.hold" : "exercise.reps"), ContentText.repsOrHold(e));
        if (d.tempo() != null) {
            fact(list, getTranslation("exercise.tempo"), ContentText.tempo(d.tempo()));
        }
        fact(list, getTranslation("exercise.rest"), ContentText.rest(d.restSeconds()));
        fact(list, getTranslation("exercise.how-often"), ContentText.daysPerWeek(d.daysPerWeek()));
        Div box = new Div(list);
        if (e.loadable() && e.loadGuidance() != null) {
            Paragraph load = new Paragraph(e.loadGuidance());
            load.setId("exercise-load");
            Span heading = new Span(getTranslation("exercise.adding-weight"));
            heading.addClassName("kl-subtitle");
            box.add(heading, load);
        }
        Component section = ContentComponents.section(getTranslation("exercise.starting-dose"), box);
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
        Paragraph pain = new Paragraph(getTranslation("exercise.max-pain", c.maxPain()));
        pain.setId("exercise-max-pain");
        box.add(pain);
        List<SafetyFlag> flags = c.excludedBy().stream().map(catalogue::safetyFlag).flatMap(Optional::stream).toList();
        if (!flags.isEmpty()) {
            Span intro = new Span(getTranslation("exercise.excluded-by"));
            intro.addClassName("kl-subtitle");
            box.add(intro, ContentComponents.bulletList(flags.stream().map(SafetyFlag::question).toList()));
        }
        if (c.notes() != null) {
            box.add(new Paragraph(c.notes()));
        }
        Component section = ContentComponents.section(getTranslation("exercise.cautions"), box);
        section.getElement().getClassList().add("kl-panel");
        section.getElement().getClassList().add("kl-panel-caution");
        section.setId("exercise-cautions");
        return section;
    }

    private Component ladder(Exercise e, LadderNeighbours n) {
        Ladder ladder = catalogue.ladder(n.ladder().id()).orElse(n.ladder());
        Paragraph position = new Paragraph(getTranslation("exercise.step", n.level(), n.levels()));
        position.setId("ladder-position");
        position.addClassName("kl-ladder-position");

        Div neighbours = new Div();
        neighbours.addClassName("kl-ladder-nav");
        n.easier().ifPresent(x -> neighbours.add(stepLink("ladder-easier", getTranslation("exercise.easier"), local(x), VaadinIcon.ARROW_LEFT, true)));
        n.harder().ifPresent(x -> neighbours.add(stepLink("ladder-harder", getTranslation("exercise.harder"), local(x), VaadinIcon.ARROW_RIGHT, false)));

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
                item.add(here, ContentComponents.badge(getTranslation("exercise.here"), BadgeVariant.SUCCESS));
            } else {
                item.add(new RouterLink(step.name(), ExerciseView.class, routeTo(step)));
            }
            if (ladder.formGated() && step.level() > ladder.maxLevelWhileCaving()) {
                item.add(ContentComponents.badge(getTranslation("exercise.gated"), BadgeVariant.WARNING));
            }
            steps.add(item);
        }

        Div box = new Div(new Paragraph(ladder.description()), position);
        if (ladder.formGated()) {
            int max = ladder.maxLevelWhileCaving();
            String lastSafe = catalogue.ladderSteps(ladder.id()).stream().filter(s -> s.level() == max)
                    .map(Exercise::name).findFirst().orElse(String.valueOf(max));
            Paragraph gate = new Paragraph(getTranslation("exercise.form-gate", max, lastSafe));
            gate.setId("ladder-form-gate");
            gate.addClassName("kl-notice");
            box.add(gate);
        }
        box.add(neighbours, steps);
        Component section = ContentComponents.section(getTranslation("exercise.progression", ladder.name()), box);
        section.setId("exercise-ladder");
        return section;
    }

    /** A ladder neighbour in the person's language. */
    private Exercise local(Exercise original) {
        return catalogue.exercise(original.id()).orElse(original);
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
