package com.kneeline.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.kneeline.content.model.Cited;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.Pillar;
import com.kneeline.content.model.Reference;
import com.kneeline.content.model.Sourced;
import com.kneeline.content.translate.StoredWords;

/**
 * What other features and views call to read the content pack. Everything is in memory and read-only, so the
 * methods are cheap and thread-safe. Use {@link #catalogue()} for anything more specialised.
 */
public class ContentService {

    /** Criteria for {@link #findExercises}; null / empty means "any". */
    public record ExerciseQuery(String text, Pillar pillar, String finding, Set<String> availableEquipment) {
        public ExerciseQuery {
            availableEquipment = availableEquipment == null ? null : Set.copyOf(availableEquipment);
        }

        public static ExerciseQuery all() {
            return new ExerciseQuery(null, null, null, null);
        }

        public ExerciseQuery withText(String value) {
            return new ExerciseQuery(value, pillar, finding, availableEquipment);
        }

        public ExerciseQuery withPillar(Pillar value) {
            return new ExerciseQuery(text, value, finding, availableEquipment);
        }

        public ExerciseQuery withFinding(String value) {
            return new ExerciseQuery(text, pillar, value, availableEquipment);
        }

        /** Only exercises whose equipment is all in this set (what the person has); empty set = no equipment. */
        public ExerciseQuery withAvailableEquipment(Set<String> value) {
            return new ExerciseQuery(text, pillar, finding, value);
        }
    }

    /** The exercise's place on its ladder and the steps either side of it. */
    public record LadderNeighbours(Ladder ladder, int level, int levels, Optional<Exercise> easier,
            Optional<Exercise> harder) {
    }

    /** The pack in another language, and its original-to-translated words for text stored before. */
    public record Translation(ContentCatalogue catalogue, StoredWords words) {
        public Translation(ContentCatalogue catalogue, Map<String, String> words) {
            this(catalogue, new StoredWords(words));
        }
    }

    private final ContentCatalogue catalogue;
    private final Map<String, Translation> translations;

    public ContentService(ContentCatalogue catalogue) {
        this(catalogue, Map.of());
    }

    public ContentService(ContentCatalogue catalogue, Map<String, Translation> translations) {
        this.catalogue = catalogue;
        this.translations = Map.copyOf(translations);
    }

    /** The pack in its original language (English): what engines and services decide with. */
    public ContentCatalogue catalogue() {
        return catalogue;
    }

    /** The pack with its words in the person's language where the pack has them, else the original. */
    public ContentCatalogue catalogue(Locale locale) {
        Translation t = translation(locale);
        return t == null ? catalogue : t.catalogue();
    }

    /**
     * A text taken from the pack and stored in the original language (a programme's safety notes, a phase goal), in
     * the person's language when the pack translates exactly that text; otherwise as stored.
     */
    public String words(Locale locale, String original) {
        Translation t = translation(locale);
        return t == null || original == null ? original : t.words().translate(original);
    }

    /** As {@link #words(Locale, String)}, with the person's words for parts the engine filled in (a side). */
    public String words(Locale locale, String original, Map<String, String> parts) {
        Translation t = translation(locale);
        return t == null || original == null ? original : t.words().translate(original, parts);
    }

    public Optional<Exercise> exercise(String id, Locale locale) {
        return catalogue(locale).exercise(id);
    }

    public Optional<Finding> finding(String id, Locale locale) {
        return catalogue(locale).finding(id);
    }

    private Translation translation(Locale locale) {
        return locale == null ? null : translations.get(locale.getLanguage());
    }

    /** Exercises whose name contains every word of the text, ignoring case, accents and hyphens. */
    public List<Exercise> searchExercises(String text) {
        return findExercises(ExerciseQuery.all().withText(text));
    }

    public List<Exercise> findExercises(ExerciseQuery query) {
        return findExercises(query, null);
    }

    /** As {@link #findExercises(ExerciseQuery)}, matching and returning the names in the person's language. */
    public List<Exercise> findExercises(ExerciseQuery query, Locale locale) {
        ContentCatalogue catalogue = catalogue(locale);
        List<String> words = query.text() == null ? List.of()
                : Arrays.stream(normalise(query.text()).split(" ")).filter(w -> !w.isEmpty()).toList();
        return catalogue.exercises().stream()
                .filter(e -> query.pillar() == null || e.pillar() == query.pillar())
                .filter(e -> query.finding() == null || e.addresses().contains(query.finding()))
                .filter(e -> query.availableEquipment() == null
                        || query.availableEquipment().containsAll(e.equipment()))
                .filter(e -> words.stream().allMatch(normalise(e.name())::contains))
                .toList();
    }

    public Optional<Exercise> exercise(String id) {
        return catalogue.exercise(id);
    }

    public List<Exercise> exercisesFor(String findingId, Pillar pillar) {
        return catalogue.exercisesFor(findingId, pillar);
    }

    public Optional<Finding> finding(String id) {
        return catalogue.finding(id);
    }

    public List<Finding> findings() {
        return catalogue.findings();
    }

    /** Empty if there is no such exercise. */
    public Optional<LadderNeighbours> ladderNeighbours(String exerciseId) {
        return catalogue.exercise(exerciseId).flatMap(e -> catalogue.ladder(e.ladder()).map(l -> new LadderNeighbours(
                l, e.level(), catalogue.ladderSteps(l.id()).size(), catalogue.easier(e.id()), catalogue.harder(e.id()))));
    }

    public List<Reference> referencesFor(Cited entry) {
        return catalogue.referencesFor(entry);
    }

    public List<Reference> referencesFor(Sourced block) {
        return catalogue.referencesFor(block);
    }

    private static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
