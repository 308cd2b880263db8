package com.kneeline.content.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.content.ContentService;
import com.kneeline.content.ContentService.ExerciseQuery;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Equipment;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Pillar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * Every exercise in the content pack, searchable by name and filterable by pillar, finding and the equipment the
 * person has. The filters live in the URL ({@code ?q=clam&pillar=strength&finding=weak-glute-medius&have=band}), so
 * a filtered list can be linked and Back returns to it.
 */
@Route("library")
@PageTitle("Exercise library")
@Menu(order = 20, icon = "vaadin:book", title = "Exercise library")
@PermitAll
public class LibraryView extends Main implements BeforeEnterObserver {

    static final String Q = "q";
    static final String PILLAR = "pillar";
    static final String FINDING = "finding";
    /** Comma-separated equipment ids the person has; {@value #BODYWEIGHT} for none; absent for any equipment. */
    static final String HAVE = "have";
    static final String BODYWEIGHT = "none";

    private final transient ContentService content;
    private final transient ContentCatalogue catalogue;

    final TextField search = new TextField();
    final Select<Pillar> pillar = new Select<>();
    final ComboBox<Finding> finding = new ComboBox<>(getTranslation("library.cause"));
    final Checkbox onlyWhatIHave = new Checkbox(getTranslation("library.only-mine"));
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>(getTranslation("library.i-have"));
    final Span resultCount = new Span();
    final Div results = new Div();
    final Button clear = new Button(getTranslation("library.clear"), VaadinIcon.CLOSE_SMALL.create());

    private boolean restoring;

    public LibraryView(ContentService content) {
        this.content = content;
        this.catalogue = content.catalogue(getLocale());
        addClassName("kl-page");

        search.setLabel(getTranslation("library.search"));
        search.setPlaceholder(getTranslation("library.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("library-search");
        search.addClassName("kl-filter-search");

        pillar.setLabel(getTranslation("library.pillar"));
        pillar.setItems(pillarsWithExercises());
        pillar.setItemLabelGenerator(p -> p == null ? getTranslation("library.all-pillars") : ContentText.pillar(p));
        pillar.setEmptySelectionAllowed(true);
        pillar.setEmptySelectionCaption(getTranslation("library.all-pillars"));
        pillar.setId("library-pillar");

        finding.setItems(findingsWithExercises());
        finding.setItemLabelGenerator(Finding::name);
        finding.setPlaceholder(getTranslation("library.any-cause"));
        finding.setClearButtonVisible(true);
        finding.setId("library-finding");
        finding.addClassName("kl-filter-finding");

        onlyWhatIHave.setId("library-only-what-i-have");
        equipment.setItems(catalogue.equipment());
        equipment.setItemLabelGenerator(Equipment::label);
        equipment.setHelperText(getTranslation("library.equipment.help"));
        equipment.setId("library-equipment");
        showEquipmentChoice(false);

        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("library-clear");
        clear.addClickListener(click -> clearFilters());

        search.addValueChangeListener(change -> filtersChanged(false));
        pillar.addValueChangeListener(change -> filtersChanged(true));
        finding.addValueChangeListener(change -> filtersChanged(true));
        onlyWhatIHave.addValueChangeListener(change -> {
            showEquipmentChoice(change.getValue());
            filtersChanged(true);
        });
        equipment.addValueChangeListener(change -> filtersChanged(true));

        Div filters = new Div(search, pillar, finding);
        filters.addClassName("kl-filters");
        Div equipmentFilter = new Div(onlyWhatIHave, equipment);
        equipmentFilter.addClassName("kl-equipment-filter");

        resultCount.setId("library-count");
        resultCount.getElement().setAttribute("aria-live", "polite");
        Div summary = new Div(resultCount, clear);
        summary.addClassName("kl-results-summary");

        results.addClassName("kl-cards");
        results.setId("library-results");

        Paragraph intro = new Paragraph(getTranslation("library.intro"));
        intro.addClassName("kl-intro");
        add(intro, filters, equipmentFilter, summary, results);
    }

    private void showEquipmentChoice(boolean onlyWhatIHaveTicked) {
        equipment.setVisible(onlyWhatIHaveTicked);
        onlyWhatIHave.setHelperText(onlyWhatIHaveTicked
                ? getTranslation("library.only-mine.on") : getTranslation("library.only-mine.off"));
    }

    private List<Pillar> pillarsWithExercises() {
        Set<Pillar> used = catalogue.exercises().stream().map(Exercise::pillar)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Pillar.class)));
        return List.copyOf(used);
    }

    private List<Finding> findingsWithExercises() {
        return catalogue.findings().stream().filter(f -> !catalogue.exercisesFor(f.id()).isEmpty()).toList();
    }

    // --- URL <-> filters -----------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            search.setValue(params.getSingleParameter(Q).orElse(""));
            pillar.setValue(params.getSingleParameter(PILLAR).flatMap(LibraryView::parsePillar).orElse(null));
            finding.setValue(params.getSingleParameter(FINDING).flatMap(catalogue::finding).orElse(null));
            Set<String> have = parseHave(params.getSingleParameter(HAVE).orElse(null));
            onlyWhatIHave.setValue(have != null);
            showEquipmentChoice(have != null);
            equipment.setValue(have == null ? Set.of() : catalogue.equipment().stream()
                    .filter(e -> have.contains(e.id())).collect(Collectors.toCollection(LinkedHashSet::new)));
        } finally {
            restoring = false;
        }
        showResults();
    }

    private static java.util.Optional<Pillar> parsePillar(String value) {
        return Arrays.stream(Pillar.values()).filter(p -> p.name().equalsIgnoreCase(value)).findFirst();
    }

    /** null = any equipment; empty = bodyweight only. */
    private static Set<String> parseHave(String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.equals(BODYWEIGHT)) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    QueryParameters queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            params.put(Q, search.getValue().strip());
        }
        if (pillar.getValue() != null) {
            params.put(PILLAR, pillar.getValue().name().toLowerCase());
        }
        if (finding.getValue() != null) {
            params.put(FINDING, finding.getValue().id());
        }
        if (onlyWhatIHave.getValue()) {
            String have = equipment.getValue().stream().map(Equipment::id).sorted().collect(Collectors.joining(","));
            params.put(HAVE, have.isEmpty() ? BODYWEIGHT : have);
        }
        return QueryParameters.simple(params);
    }

    private void filtersChanged(boolean addHistoryEntry) {
        if (restoring) {
            return;
        }
        showResults();
        QueryParameters params = queryParameters();
        UI ui = UI.getCurrent();
        if (addHistoryEntry) {
            // A new history entry per filter choice, so Back undoes it; the router re-enters this same view.
            ui.navigate(LibraryView.class, params);
        } else {
            // Typing would add an entry per pause; keep the address current without one.
            ui.getPage().getHistory().replaceState(null, new Location("library", params));
        }
    }

    private void clearFilters() {
        restoring = true;
        try {
            search.clear();
            pillar.clear();
            finding.clear();
            onlyWhatIHave.clear();
            equipment.clear();
            showEquipmentChoice(false);
        } finally {
            restoring = false;
        }
        filtersChanged(true);
        search.focus();
    }

    ExerciseQuery query() {
        Set<String> have = onlyWhatIHave.getValue()
                ? equipment.getValue().stream().map(Equipment::id).collect(Collectors.toSet())
                : null;
        return new ExerciseQuery(search.getValue(), pillar.getValue(),
                finding.getValue() == null ? null : finding.getValue().id(), have);
    }

    // --- results -------------------------------------------------------------------------------------------------

    private void showResults() {
        List<Exercise> found = content.findExercises(query(), getLocale()).stream()
                .sorted(Comparator.comparing(Exercise::pillar)).toList();
        results.removeAll();
        resultCount.setText(getTranslation("library.count", found.size()));
        boolean filtered = !queryParameters().getParameters().isEmpty();
        clear.setVisible(filtered && !found.isEmpty());
        if (found.isEmpty()) {
            results.add(emptyState());
        } else {
            found.forEach(e -> results.add(card(e)));
        }
    }

    private Component emptyState() {
        Paragraph text = new Paragraph(getTranslation("library.none"));
        text.addClassName("kl-empty-state");
        Button clearAll = new Button(getTranslation("library.clear-all"), click -> clearFilters());
        clearAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        clearAll.setId("library-empty-clear");
        Div state = new Div(VaadinIcon.SEARCH_MINUS.create(), text, clearAll);
        state.addClassName("kl-results-empty");
        state.setId("library-empty");
        return state;
    }

    private Component card(Exercise exercise) {
        Card card = new Card();
        card.addClassName("kl-exercise-card");
        RouterLink name = new RouterLink(exercise.name(), ExerciseView.class,
                new RouteParameters(ExerciseView.EXERCISE_ID, exercise.id()));
        name.addClassName("kl-card-link");
        card.setTitle(name);
        card.setHeaderSuffix(ContentComponents.pillarBadge(exercise.pillar()));
        card.add(line(VaadinIcon.REFRESH, ContentText.dosageSummary(exercise), "kl-card-dosage"),
                line(VaadinIcon.TOOLBOX, ContentText.equipment(exercise, catalogue), "kl-card-equipment"),
                line(VaadinIcon.CHECK_CIRCLE_O, getTranslation("library.helps-with", ContentText.helpsWith(exercise, catalogue)),
                        "kl-card-helps"));
        card.getElement().setAttribute("data-exercise", exercise.id());
        return card;
    }

    private static Component line(VaadinIcon icon, String text, String className) {
        Icon i = icon.create();
        i.addClassName("kl-line-icon");
        Span span = new Span(text);
        Div line = new Div(i, span);
        line.addClassNames("kl-card-line", className);
        return line;
    }
}
