package com.kneeline.content.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.kneeline.KaribuTest;
import com.kneeline.account.ui.LoginView;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Pillar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.kneeline.content.model.Finding;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LibraryViewTest extends KaribuTest {

    @Autowired
    ContentService content;

    @BeforeEach
    void signIn() {
        login("someone@example.com", "INDIVIDUAL");
    }

    /** The view itself is a security proxy, so its parts are found by id rather than read from its fields. */
    private void openLibrary(String location) {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length == 2 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty());
        assertThat(currentView()).isInstanceOf(LibraryView.class);
    }

    private TextField search() {
        return _get(TextField.class, spec -> spec.withId("library-search"));
    }

    @SuppressWarnings("unchecked")
    private Select<Pillar> pillar() {
        return _get(Select.class, spec -> spec.withId("library-pillar"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Finding> finding() {
        return _get(ComboBox.class, spec -> spec.withId("library-finding"));
    }

    private Checkbox onlyWhatIHave() {
        return _get(Checkbox.class, spec -> spec.withId("library-only-what-i-have"));
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Equipment> equipment() {
        return _get(CheckboxGroup.class, spec -> spec.withId("library-equipment"));
    }

    private String count() {
        return _get(Span.class, spec -> spec.withId("library-count")).getText();
    }

    private List<String> cardIds() {
        return _find(Card.class).stream().map(c -> c.getElement().getAttribute("data-exercise")).toList();
    }

    private String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void listsEveryExerciseWithACountAndIsInTheMenu() {
        openLibrary("library");

        assertThat(cardIds()).hasSize(content.catalogue().exercises().size());
        assertThat(count()).isEqualTo(content.catalogue().exercises().size() + " exercises");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
                .contains("Exercise library", "Causes of knee valgus");
    }

    @Test
    void aCardShowsNamePillarEquipmentFindingsAndDosage() {
        openLibrary("library");
        Card clamshell = _get(Card.class, spec -> spec.withAttribute("data-exercise", "clamshell"));
        String text = clamshell.getElement().getTextRecursively();

        assertThat(text).contains("Clamshell", "Strength", "No equipment", "3 × 12–20 per side",
                "Helps with: Weak side hip muscles (gluteus medius)");
        RouterLink link = _get(clamshell, RouterLink.class, spec -> spec.withText("Clamshell"));
        assertThat(link.getHref()).isEqualTo("library/clamshell");
    }

    @Test
    void searchingClamShowsTheClamshellsAndPutsTheTextInTheAddress() {
        openLibrary("library");

        _setValue(search(), "clam");

        assertThat(cardIds()).containsExactlyInAnyOrder("clamshell", "banded-clamshell");
        assertThat(count()).isEqualTo("2 exercises");
    }

    @Test
    void theAddressRestoresTheFilters() {
        openLibrary("library?q=clam&pillar=strength&have=band");

        assertThat(search().getValue()).isEqualTo("clam");
        assertThat(pillar().getValue()).isEqualTo(Pillar.STRENGTH);
        assertThat(onlyWhatIHave().getValue()).isTrue();
        assertThat(equipment().getValue()).extracting(Equipment::id).containsExactly("band");
        assertThat(cardIds()).containsExactlyInAnyOrder("clamshell", "banded-clamshell");
    }

    @Test
    void thePillarFilterShowsOnlyThatPillarAndIsLinkable() {
        openLibrary("library");

        ComboBoxKt.selectByLabel(pillar(), "Mobility");

        List<String> ids = cardIds();
        assertThat(ids).isNotEmpty()
                .allSatisfy(id -> assertThat(content.exercise(id).orElseThrow().pillar()).isEqualTo(Pillar.MOBILITY));
        assertThat(ids).hasSize(content.catalogue().exercises(Pillar.MOBILITY).size());
        assertThat(location()).isEqualTo("library?pillar=mobility");
        assertThat(pillar().getEmptySelectionCaption()).isEqualTo("All pillars");
    }

    @Test
    void theFindingFilterOffersFindingNamesAndShowsTheExercisesForIt() {
        openLibrary("library");

        assertThat(ComboBoxKt.getSuggestions(finding())).contains("Weak side hip muscles (gluteus medius)");
        ComboBoxKt.selectByLabel(finding(), "Weak side hip muscles (gluteus medius)");

        List<String> expected = content.catalogue().exercisesFor("weak-glute-medius").stream().map(Exercise::id).toList();
        assertThat(cardIds()).containsExactlyInAnyOrderElementsOf(expected).contains("clamshell");
        assertThat(location()).isEqualTo("library?finding=weak-glute-medius");
    }

    @Test
    void bodyweightOnlyExcludesBandExercisesAndTickingBandBringsThemBack() {
        openLibrary("library?q=clam");
        assertThat(_find(CheckboxGroup.class, spec -> spec.withId("library-equipment"))).as("hidden until ticked").isEmpty();

        _setValue(onlyWhatIHave(), true);

        assertThat(cardIds()).containsExactly("clamshell");
        assertThat(location()).contains("have=none");

        _setValue(equipment(), Set.of(content.catalogue().equipment("band").orElseThrow()));
        assertThat(cardIds()).containsExactlyInAnyOrder("clamshell", "banded-clamshell");
        assertThat(location()).contains("have=band");
    }

    @Test
    void bodyweightOnlyShowsNoExerciseThatNeedsEquipment() {
        openLibrary("library?have=none");

        assertThat(cardIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(content.exercise(id).orElseThrow().equipment()).isEmpty());
    }

    @Test
    void noMatchShowsAnEmptyStateWhoseButtonClearsTheFilters() {
        openLibrary("library");

        _setValue(search(), "zzzz no such exercise");

        assertThat(cardIds()).isEmpty();
        assertThat(count()).isEqualTo("0 exercises");
        assertThat(_get(Div.class, spec -> spec.withId("library-results")).getElement().getTextRecursively()).contains("No exercise matches. Clear the filters.");

        _click(_get(Button.class, spec -> spec.withId("library-empty-clear")));

        assertThat(search().getValue()).isEmpty();
        assertThat(cardIds()).hasSize(content.catalogue().exercises().size());
        assertThat(location()).isEqualTo("library");
    }

    @Test
    void aCardLinkOpensTheExercise() {
        openLibrary("library?q=clam");
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Banded clamshell"));

        RouterLinkKt._click(link);

        assertThat(currentView()).isInstanceOf(ExerciseView.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginView() {
        logout();
        UI.getCurrent().navigate("library");

        assertThat(currentView()).isInstanceOf(LoginView.class);
    }
}
