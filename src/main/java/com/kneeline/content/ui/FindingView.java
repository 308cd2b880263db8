package com.kneeline.content.ui;

import java.util.List;
import java.util.Optional;

import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Pillar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** One cause: what it is, why it matters, what addresses it, and whether to have it checked. */
@Route("findings/:findingId")
@PermitAll
public class FindingView extends ContentDetailView<Finding> {

    static final String FINDING_ID = "findingId";

    public FindingView(ContentService content) {
        super(content, FINDING_ID, content::finding, Finding::name, new NotFound("Cause not found", "There is no cause of knee valgus at this address.",
                "See all causes of knee valgus", FindingsView.class));
    }

    public static RouteParameters routeTo(Finding finding) {
        return new RouteParameters(FINDING_ID, finding.id());
    }

    @Override
    void show(Finding f) {
        H2 name = heading(f, "finding-name");

        Div badges = new Div();
        badges.addClassName("kl-badges");
        f.pillars().forEach(p -> badges.add(ContentComponents.pillarBadge(p)));
        if (f.perSide()) {
            badges.add(ContentComponents.badge("Can differ left and right",
                    com.vaadin.flow.component.badge.BadgeVariant.CONTRAST));
        }
        f.evidence().forEach(m -> badges.add(ContentComponents.evidenceBadge(m)));

        add(ContentComponents.backLink("Causes of knee valgus", FindingsView.class), name, badges);

        if (f.professionalAssessment()) {
            Icon icon = VaadinIcon.DOCTOR.create();
            Div text = new Div(new Span("Have it checked by a professional"), new Paragraph(f.professionalAdvice()));
            text.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("kl-notice-title"));
            Div notice = new Div(icon, text);
            notice.addClassNames("kl-notice", "kl-notice-professional");
            notice.setId("finding-professional");
            add(notice);
        }

        Paragraph explanation = new Paragraph(f.explanation());
        explanation.setId("finding-explanation");
        explanation.addClassName("kl-lead");
        add(explanation);

        // a raised likelihood with its source, never a consequence (the pack's risk notes)
        UnorderedList risks = ContentComponents.bulletList(f.risks().stream()
                .map(risk -> content.catalogue().riskNote(risk)
                        .map(note -> ContentText.risk(risk) + ": " + note.text()).orElse(ContentText.risk(risk)))
                .toList());
        risks.setId("finding-risks");
        Div columns = new Div(
                ContentComponents.section("Why it matters", new Paragraph(f.whyItMatters())),
                ContentComponents.section("What it can make more likely", risks));
        columns.addClassName("kl-two-columns");
        add(columns);

        add(pillars(f));
        if (f.evidenceNote() != null) {
            Paragraph note = new Paragraph(f.evidenceNote());
            note.addClassName("kl-evidence-note");
            add(note);
        }
        java.util.List<com.kneeline.content.model.Reference> sources = new java.util.ArrayList<>(content.referencesFor(f));
        f.risks().forEach(risk -> content.catalogue().riskNote(risk).ifPresent(note ->
                content.catalogue().referencesFor(note).stream().filter(r -> !sources.contains(r)).forEach(sources::add)));
        add(ContentComponents.section("Sources", ContentComponents.references(sources)));
    }

    private Component pillars(Finding f) {
        Div groups = new Div();
        groups.addClassName("kl-pillar-groups");
        groups.setId("finding-pillars");
        for (Pillar pillar : f.pillars()) {
            Div group = new Div();
            group.addClassName("kl-pillar-group");
            group.getElement().setAttribute("data-pillar", pillar.name().toLowerCase());
            H4 heading = new H4(ContentText.pillar(pillar));
            Paragraph purpose = new Paragraph(ContentText.pillarPurpose(pillar));
            purpose.addClassName("kl-secondary");
            group.add(heading, purpose);
            List<Exercise> exercises = content.exercisesFor(f.id(), pillar);
            if (exercises.isEmpty()) {
                group.add(new Paragraph(pillar == Pillar.EDUCATION
                        ? "No exercises for this part: it is about knowing the cause and, where advised, having it checked."
                        : "No exercises in the library for this part yet."));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("kl-exercise-links");
                for (Exercise e : exercises) {
                    ListItem item = new ListItem(new RouterLink(e.name(), ExerciseView.class, ExerciseView.routeTo(e)));
                    Span dose = new Span(ContentText.dosageSummary(e));
                    dose.addClassName("kl-secondary");
                    item.add(dose);
                    list.add(item);
                }
                group.add(list);
                RouterLink all = new RouterLink("Show these in the library", LibraryView.class);
                all.setQueryParameters(QueryParameters.simple(java.util.Map.of(LibraryView.FINDING, f.id(),
                        LibraryView.PILLAR, pillar.name().toLowerCase())));
                all.addClassName("kl-more-link");
                group.add(all);
            }
            groups.add(group);
        }
        return ContentComponents.section("What helps", groups);
    }
}
