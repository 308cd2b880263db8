package com.kneeline.content.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.ContentCatalogue;

class TranslatedPackSourceTest {

    private static final PackSource BUNDLED = PackSource.directory(Path.of("content"));

    @Test
    void theBundledPackReadsInGermanWithEveryNumberAndIdUnchanged() {
        TranslatedPackSource german = new TranslatedPackSource(BUNDLED, Locale.GERMAN);
        ContentPackLoader.Result result = new ContentPackLoader().check(german);

        assertThat(german.problems()).isEmpty();
        assertThat(result.problems()).isEmpty();
        ContentCatalogue de = result.catalogue();
        ContentCatalogue en = new ContentPackLoader().load(BUNDLED);
        assertThat(de.finding("weak-glute-medius").orElseThrow().name())
                .isEqualTo("Schwache seitliche Hüftmuskulatur (Gluteus medius)");
        assertThat(de.exercises()).extracting("id").isEqualTo(en.exercises().stream().map(e -> e.id()).toList());
        assertThat(de.exercises()).extracting("dosage").isEqualTo(en.exercises().stream().map(e -> e.dosage()).toList());
        assertThat(de.findings()).extracting("risks").isEqualTo(en.findings().stream().map(f -> f.risks()).toList());
        assertThat(german.pairs()).containsEntry("Gym equipment", "Geräte im Fitnessstudio");
    }

    @Test
    void aTextLeftOutOfAnOverlayIsAProblemAtTheOverlaysLine() {
        List<String> problems = problems("""
                equipment:
                  - id: band
                    label: Band
                    description: A band.
                  - id: step
                    label: Step
                """, """
                equipment:
                  band:
                    label: Widerstandsband
                  step:
                    label: Stufe
                """);

        assertThat(problems).containsExactly(
                "de/equipment.yaml:3: equipment.band.description: missing translation (translating equipment.yaml)");
    }

    @Test
    void anOverlayCannotAddKeysOrEntriesNorChangeNumbersAndIds() {
        List<String> problems = problems("""
                equipment:
                  - id: band
                    label: Band
                    sets: 3
                """, """
                equipment:
                  band:
                    label: Widerstandsband
                    colour: rot
                    sets: 4
                  kettle:
                    label: Kessel
                """);

        assertThat(problems).containsExactly(
                "de/equipment.yaml:4: equipment.band.colour: the original has no such key (translating equipment.yaml)",
                "de/equipment.yaml:5: equipment.band.sets: only text is translated here; leave it out of the overlay (translating equipment.yaml)",
                "de/equipment.yaml:6: equipment.kettle: the original has no entry with this id (translating equipment.yaml)");
    }

    @Test
    void aTextListNeedsOneTranslationPerItem() {
        List<String> problems = problems("""
                equipment:
                  - id: band
                    cues: [one, two]
                """, """
                equipment:
                  band:
                    cues:
                      - eins
                """);

        assertThat(problems).containsExactly(
                "de/equipment.yaml:4: equipment.band.cues: needs a list of 2 item(s), one per original (translating equipment.yaml)");
    }

    private static List<String> problems(String original, String overlay) {
        Map<String, byte[]> files = new HashMap<>();
        files.put("equipment.yaml", original.getBytes(StandardCharsets.UTF_8));
        files.put("de/equipment.yaml", overlay.getBytes(StandardCharsets.UTF_8));
        PackSource source = new PackSource() {
            public String describe() {
                return "test";
            }

            public Optional<byte[]> read(String path) {
                return Optional.ofNullable(files.get(path));
            }
        };
        TranslatedPackSource german = new TranslatedPackSource(source, Locale.GERMAN);
        try {
            german.read("equipment.yaml");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return german.problems().stream().map(Object::toString).sorted().toList();
    }
}
