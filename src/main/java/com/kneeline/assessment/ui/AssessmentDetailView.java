package com.kneeline.assessment.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.kneeline.base.Dates;
import com.kneeline.base.ui.UiBits;
import com.kneeline.assessment.AssessmentDetails;
import com.kneeline.assessment.AssessmentNotFoundException;
import com.kneeline.assessment.AssessmentService;
import com.kneeline.assessment.AssessmentStatus;
import com.kneeline.assessment.RecordedFinding;
import com.kneeline.assessment.VideoMeasurementService;
import com.kneeline.base.ui.Disclaimer;
import com.kneeline.content.ContentService;
import com.kneeline.content.ui.FindingView;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.SafetyFlag;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One assessment, read-only: the referral page when the safety screen stopped it, or the findings with the
 * evidence that produced them. Only the owner can open it; any other id shows "not found".
 */
@Route("assessments/:assessmentId")
@PageTitle("Assessment")
@PermitAll
public class AssessmentDetailView extends Main implements BeforeEnterObserver {

    static final String ID = "assessmentId";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withZone(Dates.ZONE);

    private final transient AssessmentService assessments;
    private final transient ContentService content;
    private final transient List<FindingsPageSection> sections;
    private final transient VideoMeasurementService videos;

    public AssessmentDetailView(AssessmentService assessments, ContentService content,
                                List<FindingsPageSection> sections, VideoMeasurementService videos) {
        this.assessments = assessments;
        this.videos = videos;
        this.content = content;
        this.sections = sections;
        addClassNames("kl-page", "kl-assessment");
    }

    static RouteParameters params(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            show(assessments.get(id));
        } catch (NumberFormatException | AssessmentNotFoundException notFound) {
            H2 title = new H2("Assessment not found");
            title.setId("assessment-title");
            add(title, new Paragraph("There is no assessment of yours at this address."),
                    new RouterLink("See your assessments", AssessmentsView.class));
        }
    }

    private void show(AssessmentDetails a) {
        H2 title = new H2("Assessment of " + DATE.format(a.startedAt()));
        title.setId("assessment-title");
        Span status = new Span(statusText(a.status()));
        status.getElement().getThemeList().add("badge " + statusTheme(a.status()));
        status.setId("assessment-status");
        add(new Div(title, status));

        switch (a.status()) {
            case STOPPED -> add(referral(a));
            case COMPLETED -> showFindings(a);
            case ABANDONED -> add(new Paragraph("You abandoned this assessment. Its answers are kept, but it concluded nothing."),
                    startButton("Start a new assessment"));
            case DRAFT -> add(new Paragraph("You have not finished this assessment yet."), startButton("Continue"));
        }
        add(Disclaimer.paragraph());
    }

    private Component startButton(String text) {
        Button start = new Button(text, click -> getUI().ifPresent(ui -> ui.navigate(AssessmentWizardView.class)));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    private Component referral(AssessmentDetails a) {
        Div box = new Div();
        box.addClassName("kl-referral");
        box.setId("referral");
        H3 heading = new H3("Please see a professional before you exercise");
        box.add(heading, new Paragraph("Your answers suggest your knee needs to be looked at first. "
                + "KneeLine will not create an exercise programme until a professional has cleared you to exercise."));
        if (a.awaitingClearance()) {
            Paragraph again = new Paragraph("Your earlier assessment stopped for the reasons below, and you have not "
                    + "told us that a professional has cleared you since, so this one stops too.");
            again.setId("referral-awaiting-clearance");
            again.addClassName("kl-callout");
            box.add(again);
        }
        for (SafetyFlag flag : a.raisedFlags()) {
            Card card = new Card();
            card.addClassName("kl-flag-card");
            card.setTitle(timeFrameText(flag));
            card.add(new Paragraph(flag.statement()));
            if (flag.help() != null) {
                card.add(new Paragraph("Why it matters: " + flag.help()));
            } else if (flag.evidenceNote() != null) {
                card.add(new Paragraph("Why it matters: " + flag.evidenceNote()));
            }
            Paragraph soon = new Paragraph("How soon: " + flag.howSoon());
            soon.addClassName("kl-how-soon");
            card.add(new Paragraph("Who to see: " + flag.professional()), soon);
            box.add(card);
        }
        box.add(new Paragraph("When a professional has cleared you, start a new assessment: it first asks who cleared "
                + "you and when. If things get worse, such as a hot, red or very swollen knee, fever, or numbness, "
                + "seek urgent care."));
        return box;
    }

    private void showFindings(AssessmentDetails a) {
        addSections(FindingsPageSection.Place.ABOVE_FINDINGS, a);
        a.clearance().ifPresent(c -> {
            Paragraph cleared = new Paragraph("Cleared to exercise by " + c.by() + " on "
                    + java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).format(c.on())
                    + ", as you told us at the start of this assessment.");
            cleared.setId("assessment-clearance");
            cleared.addClassName("kl-fine-print");
            add(cleared);
        });
        List<SafetyFlag> advice = a.raisedFlags();
        if (!advice.isEmpty()) {
            Div notice = new Div(new H3("Worth mentioning to a professional"));
            notice.addClassName("kl-callout");
            UnorderedList list = new UnorderedList();
            advice.forEach(flag -> list.add(new ListItem(flag.statement() + " " + flag.professional() + ": " + flag.howSoon() + ".")));
            notice.add(list);
            add(notice);
        }
        if (a.findings().isEmpty()) {
            Div empty = new Div(new H3("No clear cause found"),
                    new Paragraph("Your answers did not point to a specific cause. If your knee still caves in or hurts "
                            + "when you squat, land or run, a physiotherapist can look at how you move."));
            empty.addClassName("kl-empty-state-box");
            empty.setId("no-findings");
            add(empty);
        } else {
            add(new H3("What your answers point to"),
                    new Paragraph("Each finding shows what in your answers led to it. Strength says how clearly the "
                            + "answers point to it; it is not a diagnosis."));
            Div cards = new Div();
            cards.addClassName("kl-findings");
            findingCards(content, a.findings()).forEach(cards::add);
            add(cards);
        }
        var measured = videos.measured(a.id());
        if (!measured.isEmpty()) {
            add(new VideoMeasuresCard(measured));
        }
        addSections(FindingsPageSection.Place.BELOW_FINDINGS, a);
    }

    /** What later features add to the findings page (the programme, the check-in comparison, the questionnaires). */
    private void addSections(FindingsPageSection.Place place, AssessmentDetails a) {
        sections.stream().filter(section -> section.place() == place)
                .forEach(section -> section.render(a).ifPresent(this::add));
    }

    /**
     * The findings as cards, strongest first (strong, likely, possible; the pack's order within a strength), a finding
     * present on both legs once as "both sides"; also shown read-only on a trainer's client page.
     */
    public static List<Component> findingCards(ContentService content, List<RecordedFinding> findings) {
        java.util.Map<String, List<RecordedFinding>> byFinding = new java.util.LinkedHashMap<>();
        findings.forEach(f -> byFinding.computeIfAbsent(f.findingId(), k -> new java.util.ArrayList<>()).add(f));
        return byFinding.values().stream()
                .sorted(java.util.Comparator.comparing((List<RecordedFinding> g) -> g.stream()
                        .map(RecordedFinding::strength).max(java.util.Comparator.naturalOrder()).orElseThrow())
                        .reversed())
                .map(group -> findingCard(content, group)).toList();
    }

    /** One finding with the answers that led to it. */
    public static Component findingCard(ContentService content, RecordedFinding recorded) {
        return findingCard(content, List.of(recorded));
    }

    private static Component findingCard(ContentService content, List<RecordedFinding> sides) {
        RecordedFinding recorded = sides.getFirst();
        Card card = new Card();
        card.addClassName("kl-finding-card");
        Finding finding = content.finding(recorded.findingId()).orElse(null);
        String name = finding != null ? finding.name() : recorded.findingId();
        card.setTitle(name);
        Div badges = new Div();
        badges.addClassName("kl-badges");
        if (sides.size() > 1) {
            badges.add(UiBits.badge("Both sides", "contrast"));
        } else if (recorded.side() != null) {
            badges.add(UiBits.badge(capitalise(recorded.side().label()) + " side", "contrast"));
        }
        boolean sameStrength = sides.stream().map(RecordedFinding::strength).distinct().count() == 1;
        if (sameStrength) {
            badges.add(UiBits.badge(capitalise(recorded.strength().name().toLowerCase(Locale.ROOT)), "primary"));
        } else {
            sides.forEach(side -> badges.add(UiBits.badge(capitalise(side.side().label()) + ": "
                    + side.strength().name().toLowerCase(Locale.ROOT), "primary")));
        }
        card.setHeaderSuffix(badges);

        UnorderedList evidence = new UnorderedList();
        sides.stream().flatMap(side -> side.evidence().stream()).forEach(line -> evidence.add(new ListItem(line)));
        evidence.addClassName("kl-evidence");
        card.add(new Paragraph("What we saw:"), evidence);
        if (finding != null) {
            card.add(new Paragraph(finding.explanation()));
            Paragraph why = new Paragraph("Why it matters: " + finding.whyItMatters());
            why.addClassName("kl-why");
            card.add(why);
            if (finding.professionalAssessment()) {
                Div notice = new Div(new Paragraph("A professional assessment is advised. " + finding.professionalAdvice()));
                notice.addClassName("kl-callout");
                card.add(notice);
            }
            card.addToFooter(new RouterLink("Learn more about this cause", FindingView.class, FindingView.routeTo(finding)));
        }
        return card;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String statusText(AssessmentStatus status) {
        return switch (status) {
            case DRAFT -> "In progress";
            case COMPLETED -> "Completed";
            case STOPPED -> "Stopped: see a professional";
            case ABANDONED -> "Abandoned";
        };
    }

    static String statusTheme(AssessmentStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case COMPLETED -> "success";
            case STOPPED -> "error";
            case ABANDONED -> "contrast";
        };
    }

    /** The card's title says how soon, from the flag's time frame; the level only decides whether it stops. */
    static String timeFrameText(SafetyFlag flag) {
        return switch (flag.timeFrame()) {
            case TODAY -> "Stop: seek care today";
            case WITHIN_A_WEEK -> "Stop: see a professional within a week";
            case BEFORE_EXERCISING -> "Stop: get a professional's go-ahead before exercising again";
            case WITHIN_WEEKS -> "Book an appointment in the next few weeks";
        };
    }
}
