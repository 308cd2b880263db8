package com.kneeline.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.kneeline.KaribuTest;
import com.kneeline.account.ui.LoginView;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Pillar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FindingViewsTest extends KaribuTest {

    @Autowired
    ContentService content;

    @BeforeEach
    void signIn() {
        login("someone@example.com", "INDIVIDUAL");
    }

    private static Div pillarGroup(Pillar pillar) {
        return _get(Div.class, spec -> spec.withAttribute("data-pillar", pillar.name().toLowerCase()));
    }

    @Test
    void theCausesPageListsEveryFindingInPlainWordsWithLinks() {
        UI.getCurrent().navigate("findings");

        List<Card> cards = _find(Card.class);
        assertThat(cards).hasSize(content.findings().size());
        Card glute = _get(Card.class, spec -> spec.withAttribute("data-finding", "weak-glute-medius"));
        assertThat(glute.getElement().getTextRecursively())
                .contains("The muscle on the side of your hip keeps your pelvis level", "Strength", "Movement control");
        RouterLink link = _get(glute, RouterLink.class, spec -> spec.withText("Weak side hip muscles (gluteus medius)"));
        RouterLinkKt._click(link);
        assertThat(currentView()).isInstanceOf(FindingView.class);
        assertThat(_get(H2.class, spec -> spec.withId("finding-name")).getText())
                .isEqualTo("Weak side hip muscles (gluteus medius)");
    }

    @Test
    void aFindingPageListsItsExercisesPerPillar() {
        UI.getCurrent().navigate("findings/weak-glute-medius");

        assertThat(textOf("finding-explanation")).startsWith("The muscle on the side of your hip");
        assertThat(textOf("finding-risks")).contains("Anterior cruciate ligament (ACL) injury", "Hip pain");
        for (Pillar pillar : List.of(Pillar.STRENGTH, Pillar.NEUROMUSCULAR)) {
            Div group = pillarGroup(pillar);
            List<String> links = _find(group, RouterLink.class).stream().map(RouterLink::getText)
                    .filter(t -> !t.startsWith("Show these")).toList();
            List<String> expected = content.exercisesFor("weak-glute-medius", pillar).stream().map(Exercise::name).toList();
            assertThat(links).isNotEmpty().containsExactlyElementsOf(expected);
        }
        assertThat(_find(Div.class, spec -> spec.withAttribute("data-pillar", "mobility"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("finding-professional"))).isEmpty();

        RouterLinkKt._click(_get(pillarGroup(Pillar.STRENGTH), RouterLink.class, spec -> spec.withText("Clamshell")));
        assertThat(currentView()).isInstanceOf(ExerciseView.class);
    }

    @Test
    void aPillarGroupLinksToTheFilteredLibrary() {
        UI.getCurrent().navigate("findings/weak-glute-medius");

        RouterLink more = _get(pillarGroup(Pillar.STRENGTH), RouterLink.class, spec -> spec.withText("Show these in the library"));
        assertThat(more.getHref()).startsWith("library?").contains("finding=weak-glute-medius", "pillar=strength");
    }

    @Test
    void structuralFactorsAdviseAProfessionalAssessment() {
        UI.getCurrent().navigate("findings/structural-factors");

        assertThat(textOf("finding-professional")).contains("Have it checked by a professional",
                content.finding("structural-factors").orElseThrow().professionalAdvice());
        assertThat(pillarGroup(Pillar.EDUCATION).getElement().getTextRecursively()).contains("No exercises for this part");
    }

    @Test
    void anUnknownFindingShowsAFriendlyNotFoundState() {
        UI.getCurrent().navigate("findings/no-such-cause");

        assertThat(currentView()).isInstanceOf(FindingView.class);
        assertThat(textOf("not-found")).contains("Cause not found");
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("back-link")));
        assertThat(currentView()).isInstanceOf(FindingsView.class);
    }

    @Test
    void anAnonymousVisitorToACauseIsSentToTheLoginView() {
        logout();
        UI.getCurrent().navigate("findings/weak-glute-medius");

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }
}
