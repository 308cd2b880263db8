package com.kneeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.kneeline.content.ContentService.ExerciseQuery;
import com.kneeline.content.load.ContentPackLoader;
import com.kneeline.content.load.PackSource;
import com.kneeline.content.model.Pillar;

class ContentServiceTest {

    private final ContentService service = new ContentService(new ContentPackLoader()
            .load(PackSource.directory(Path.of("src/test/resources/content-fixtures/valid-minimal"))));

    @Test
    void searchMatchesEveryWordOfTheNameIgnoringCaseAndHyphens() {
        assertThat(service.searchExercises("single LEG")).extracting("id").containsExactly("single-leg-bridge");
        assertThat(service.searchExercises("bridge")).extracting("id").containsExactly("bridge", "single-leg-bridge");
    }

    @Test
    void exercisesFilterByPillarFindingAndAvailableEquipment() {
        assertThat(service.findExercises(ExerciseQuery.all().withPillar(Pillar.MOBILITY))).hasSize(3);
        assertThat(service.findExercises(ExerciseQuery.all().withFinding("weak-hip"))).hasSize(3);
        assertThat(service.findExercises(ExerciseQuery.all().withAvailableEquipment(Set.of()))).hasSize(6);
        assertThat(service.exercisesFor("stiff-ankle", Pillar.STRENGTH)).isEmpty();
    }

    @Test
    void ladderNeighboursGiveTheEasierAndHarderStep() {
        var n = service.ladderNeighbours("single-leg-bridge").orElseThrow();
        assertThat(n.level()).isEqualTo(2);
        assertThat(n.levels()).isEqualTo(3);
        assertThat(n.easier()).get().extracting("id").isEqualTo("bridge");
        assertThat(n.harder()).get().extracting("id").isEqualTo("hip-thrust");
        assertThat(service.ladderNeighbours("bridge").orElseThrow().easier()).isEmpty();
        assertThat(service.ladderNeighbours("no-such-exercise")).isEmpty();
    }

    @Test
    void referencesOfAnEntryAreResolvedInCitationOrder() {
        assertThat(service.referencesFor(service.finding("weak-hip").orElseThrow()))
                .extracting("id").containsExactly("ref-a");
    }

    @Test
    void formGatedLadderWithholdsHigherLevelsWhileTheKneeCaves() {
        var catalogue = service.catalogue();
        assertThat(catalogue.allowedWhileCaving(catalogue.exercise("calf-stretch").orElseThrow())).isTrue();
        assertThat(catalogue.allowedWhileCaving(catalogue.exercise("wall-rock").orElseThrow())).isFalse();
    }
}
