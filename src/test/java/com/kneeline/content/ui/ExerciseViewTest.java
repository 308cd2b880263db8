package com.kneeline.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.kneeline.KaribuTest;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExerciseViewTest extends KaribuTest {

    @Autowired
    ContentService content;

    @BeforeEach
    void signIn() {
        login("someone@example.com", "INDIVIDUAL");
    }

    private static List<String> items(String listId) {
        OrderedList list = _get(OrderedList.class, spec -> spec.withId(listId));
        return _find(list, ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
    }

    @Test
    void showsTheExerciseWithItsNameAsPageTitleAndInstructionsInOrder() {
        UI.getCurrent().navigate("library/clamshell");
        Exercise clamshell = content.exercise("clamshell").orElseThrow();

        assertThat(currentView()).isInstanceOf(ExerciseView.class);
        assertThat(_get(H2.class, spec -> spec.withId("exercise-name")).getText()).isEqualTo("Clamshell");
        assertThat(((ExerciseView) currentView()).getPageTitle()).isEqualTo("Clamshell");
        assertThat(MenuConfiguration.getPageHeader(currentView())).contains("Clamshell");
        assertThat(items("exercise-instructions")).containsExactlyElementsOf(clamshell.instructions());
        assertThat(textOf("exercise-equipment")).isEqualTo("No equipment");
    }

    @Test
    void showsTheDefaultDosageInPlainWords() {
        UI.getCurrent().navigate("library/clamshell");

        String dosage = _get(DescriptionList.class, spec -> spec.withId("exercise-dosage")).getElement().getTextRecursively();
        assertThat(dosage).contains("3 sets", "12–20 reps per side", "2 s down · 1 s pause · 1 s up",
                "45 s between sets", "3 days a week");
    }

    @Test
    void aTimedStretchShowsItsHold() {
        UI.getCurrent().navigate("library/gastrocnemius-stretch");

        assertThat(textOf("exercise-dosage")).contains("Hold 20–30 s per side");
    }

    @Test
    void helpsWithLinksToTheFindingPages() {
        UI.getCurrent().navigate("library/clamshell");

        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Weak side hip muscles (gluteus medius)"));
        assertThat(link.getHref()).isEqualTo("findings/weak-glute-medius");
        RouterLinkKt._click(link);
        assertThat(currentView()).isInstanceOf(FindingView.class);
    }

    @Test
    void aLoadableExerciseShowsLoadGuidanceAndCautionsWithSafetyQuestions() {
        UI.getCurrent().navigate("library/goblet-squat");

        assertThat(textOf("exercise-load")).startsWith("Start light");
        assertThat(textOf("exercise-max-pain")).isEqualTo("Skip it if your knee pain during activity is above 3/10.");
        assertThat(textOf("exercise-cautions"))
                .contains("Do you have knee, hip or ankle pain at night or at rest that does not ease when you change position?")
                .doesNotContain("night-or-rest-pain");
    }

    @Test
    void showsTheLadderPositionAndStepsEasierAndHarder() {
        UI.getCurrent().navigate("library/banded-clamshell");

        assertThat(textOf("ladder-position")).isEqualTo("Step 3 of " + content.catalogue().ladderSteps("hip-abduction").size());
        List<String> steps = items("ladder-steps");
        assertThat(steps.get(0)).startsWith("Clamshell");
        assertThat(steps.get(2)).startsWith("Banded clamshell").contains("You are here");
        ListItem current = _find(_get(OrderedList.class, spec -> spec.withId("ladder-steps")), ListItem.class).get(2);
        assertThat(current.getElement().getAttribute("aria-current")).isEqualTo("step");

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("ladder-easier")));
        assertThat(_get(H2.class, spec -> spec.withId("exercise-name")).getText())
                .isEqualTo("Seated banded hip external rotation");
        assertThat(textOf("ladder-position")).startsWith("Step 2 of");

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("ladder-harder")));
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("ladder-harder")));
        assertThat(textOf("ladder-position")).startsWith("Step 4 of");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("library/" + content.catalogue().ladderSteps("hip-abduction").get(3).id());
    }

    @Test
    void theFirstStepHasNoEasierLinkAndTheLastNoHarder() {
        List<Exercise> steps = content.catalogue().ladderSteps("hip-abduction");
        UI.getCurrent().navigate("library/" + steps.getFirst().id());
        assertThat(_find(RouterLink.class, spec -> spec.withId("ladder-easier"))).isEmpty();
        assertThat(_find(RouterLink.class, spec -> spec.withId("ladder-harder"))).hasSize(1);

        UI.getCurrent().navigate("library/" + steps.getLast().id());
        assertThat(_find(RouterLink.class, spec -> spec.withId("ladder-harder"))).isEmpty();
    }

    @Test
    void aFormGatedLadderSaysToStayAtOrBelowItsLevelWhileTheKneeCavesIn() {
        UI.getCurrent().navigate("library/goblet-squat");

        assertThat(_get(Paragraph.class, spec -> spec.withId("ladder-form-gate")).getText())
                .startsWith("While your knee still caves in, stay at step 2 (Heel-elevated squat) or below.");
        assertThat(items("ladder-steps").get(2)).contains("Knee must track well");
        assertThat(items("ladder-steps").get(1)).doesNotContain("Knee must track well");
    }

    @Test
    void referencesShowAuthorsYearTitleAndEvidenceBadges() {
        UI.getCurrent().navigate("library/clamshell");

        Section sources = _find(Section.class).stream()
                .filter(s -> s.getElement().getTextRecursively().startsWith("Sources")).findFirst().orElseThrow();
        String text = sources.getElement().getTextRecursively();
        assertThat(text).contains("Hart.", "Knee valgus: understanding, causes, risks, and correction strategies", "secondary");
    }

    @Test
    void anUnknownExerciseShowsAFriendlyNotFoundStateWithAWayBack() {
        UI.getCurrent().navigate("library/no-such-exercise");

        assertThat(currentView()).isInstanceOf(ExerciseView.class);
        assertThat(textOf("not-found")).contains("Exercise not found");
        assertThat(((ExerciseView) currentView()).getPageTitle()).isEqualTo("Exercise not found");
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("back-link")));
        assertThat(currentView()).isInstanceOf(LibraryView.class);
    }
}
