package com.kneeline.prescription.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.kneeline.assessment.engine.InferredFinding;
import com.kneeline.assessment.engine.Side;
import com.kneeline.content.model.ContentCatalogue;
import com.kneeline.content.model.Exercise;
import com.kneeline.content.model.Finding;
import com.kneeline.content.model.FlagLevel;
import com.kneeline.content.model.Ladder;
import com.kneeline.content.model.MovementPattern;
import com.kneeline.content.model.Pillar;

/**
 * The properties every programme must have, one method per invariant, so that example tests and the
 * property tests ({@link ProgrammePropertiesTest}) can drive them with any request. Each method throws an AssertionError naming the case.
 */
public final class ProgrammeInvariants {

    /** The patterns the issue names: never loaded, nor above the regressed level, while the knee caves in. */
    static final Set<MovementPattern> KNEE_LOADING_PATTERNS =
            EnumSet.of(MovementPattern.SQUAT, MovementPattern.LUNGE, MovementPattern.LANDING);

    private final ContentCatalogue catalogue;
    private final PrescriptionEngine engine;

    public ProgrammeInvariants(ContentCatalogue catalogue, PrescriptionEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    /** All invariants at once. */
    public void check(PrescriptionRequest request, Programme programme) {
        referralOnlyExactlyWhenAStopLevelFlagIsRaised(request, programme);
        everyFindingIsCoveredInEachPillarItNeeds(request, programme);
        everySessionFitsItsTimeBudget(request, programme);
        reestimatingAFreshProgrammeChangesNoTime(programme);
        onlyAvailableEquipmentIsUsed(request, programme);
        formGatedLaddersStayAtOrBelowTheirCavingLevelWithoutLoad(request, programme);
        noLoadedSquatLungeOrLandingAboveTheRegressedLevelWhileCaving(request, programme);
        noExerciseIsAllowedThatPainOrAFlagRulesOut(request, programme);
        noExerciseAppearsTwiceInASession(programme);
        noExerciseIsOnMoreOrCloserDaysThanItsDaysPerWeek(programme);
        everyPlannedExerciseHasARationaleForOneOfItsFindings(request, programme);
        identicalRequestGivesAnIdenticalProgramme(request, programme);
    }

    public boolean stopFlagRaised(PrescriptionRequest request) {
        List<FlagLevel> stop = catalogue.referral().redFlags().stopExerciseAt();
        return request.raisedFlags().stream()
                .anyMatch(id -> catalogue.safetyFlag(id).map(f -> stop.contains(f.level())).orElse(false));
    }

    public void referralOnlyExactlyWhenAStopLevelFlagIsRaised(PrescriptionRequest request, Programme programme) {
        boolean stop = stopFlagRaised(request);
        assertThat(programme.kind() == Programme.Kind.REFERRAL_ONLY).as("REFERRAL_ONLY iff a stop flag").isEqualTo(stop);
        if (stop) {
            assertThat(programme.sessions()).isEmpty();
            assertThat(programme.referralSuggested()).isTrue();
        }
    }

    /**
     * Unless REFERRAL_ONLY, every (finding, pillar) the person's findings need is addressed by at least one
     * exercise somewhere in the week, whenever the catalogue has an exercise for it that this person is allowed
     * (equipment, pain, flags, form gate, low-load patterns); when none is allowed, the programme says so in its
     * education text.
     */
    public void everyFindingIsCoveredInEachPillarItNeeds(PrescriptionRequest request, Programme programme) {
        if (programme.kind() == Programme.Kind.REFERRAL_ONLY) {
            return;
        }
        Set<String> inWeek = new HashSet<>();
        programme.sessions().forEach(s -> s.exercises().forEach(e -> inWeek.add(e.exerciseId())));
        for (InferredFinding f : request.findings()) {
            Finding finding = catalogue.finding(f.findingId()).orElseThrow();
            for (Pillar pillar : finding.pillars()) {
                if (pillar == Pillar.EDUCATION) {
                    continue;
                }
                List<Exercise> possible = catalogue.exercisesFor(finding.id(), pillar);
                boolean anyAllowed = possible.stream().anyMatch(e -> allowed(request, programme, e));
                boolean covered = possible.stream().anyMatch(e -> inWeek.contains(e.id()));
                if (anyAllowed) {
                    assertThat(covered).as("%s / %s covered", finding.id(), pillar).isTrue();
                } else {
                    assertThat(programme.education()).as("uncovered %s explained", finding.id()).isNotEmpty();
                }
            }
            if (finding.pillars().contains(Pillar.EDUCATION) && finding.professionalAssessment()) {
                assertThat(programme.referralSuggested()).isTrue();
            }
        }
    }

    /**
     * The time rule: each session's estimated minutes (warm-up plus every exercise's estimate, rounded up to whole
     * minutes) is within minutesPerSession, and equals that sum. The only exception is the compact week, when the
     * coverage floor does not fit even at minimum sets: then every exercise of the week is at the content's
     * min-sets (or its own sets if fewer), appears exactly once in the week, and nothing else is in it.
     */
    public void everySessionFitsItsTimeBudget(PrescriptionRequest request, Programme programme) {
        int warmUp = catalogue.prescription().timing().warmUpSeconds();
        boolean over = false;
        for (SessionPlan s : programme.sessions()) {
            int seconds = warmUp + s.exercises().stream().mapToInt(PlannedExercise::estimatedSeconds).sum();
            assertThat(s.estimatedMinutes()).isEqualTo((seconds + 59) / 60);
            over |= s.estimatedMinutes() > request.minutesPerSession();
        }
        if (over) {
            int minSets = catalogue.prescription().timing().minSets();
            Set<String> seen = new HashSet<>();
            for (SessionPlan s : programme.sessions()) {
                for (PlannedExercise e : s.exercises()) {
                    int own = catalogue.exercise(e.exerciseId()).orElseThrow().dosage().sets();
                    assertThat(e.sets()).as("compact week at min sets").isEqualTo(Math.min(minSets, own));
                    assertThat(e.extraSets()).isZero();
                    assertThat(seen.add(e.exerciseId())).as("compact week: once a week").isTrue();
                }
            }
        }
    }

    /**
     * The estimate a trainer's swap or dose change relies on is the planner's own: worked out again from a planned
     * exercise's sets, reps or hold, every exercise and session of a fresh programme keeps its time.
     */
    public void reestimatingAFreshProgrammeChangesNoTime(Programme programme) {
        for (SessionPlan s : programme.sessions()) {
            for (PlannedExercise e : s.exercises()) {
                assertThat(engine.reestimated(e)).as("re-estimate of %s", e.exerciseId()).isEqualTo(e);
            }
            assertThat(engine.estimatedMinutes(s.exercises())).as("minutes of session %d", s.number())
                    .isEqualTo(s.estimatedMinutes());
        }
    }

    public void onlyAvailableEquipmentIsUsed(PrescriptionRequest request, Programme programme) {
        forEachPlanned(programme, e -> assertThat(request.equipment())
                .as("equipment of %s", e.exerciseId())
                .containsAll(catalogue.exercise(e.exerciseId()).orElseThrow().equipment()));
    }

    /** Caving on either side: nothing above a form-gated ladder's max-level-while-caving, and no load guidance on it. */
    public void formGatedLaddersStayAtOrBelowTheirCavingLevelWithoutLoad(PrescriptionRequest request, Programme programme) {
        if (!caving(request)) {
            return;
        }
        forEachPlanned(programme, p -> {
            Exercise e = catalogue.exercise(p.exerciseId()).orElseThrow();
            Ladder l = catalogue.ladder(e.ladder()).orElseThrow();
            if (l.formGated()) {
                assertThat(e.level()).as("%s while caving", e.id()).isLessThanOrEqualTo(l.maxLevelWhileCaving());
                assertThat(p.loadGuidance()).as("load on %s while caving", e.id()).isNull();
            }
        });
    }

    /**
     * The issue's own wording, checked by movement pattern rather than through the ladders' form-gate flag, so that a
     * squat, lunge or landing exercise put on an ungated ladder by mistake is caught too: while the single-leg squat
     * knee criterion fails on either side, each such exercise sits on a form-gated ladder, at or below the level
     * that ladder allows while caving (the regressed level), and carries no load guidance.
     */
    public void noLoadedSquatLungeOrLandingAboveTheRegressedLevelWhileCaving(PrescriptionRequest request,
            Programme programme) {
        if (!caving(request)) {
            return;
        }
        forEachPlanned(programme, p -> {
            Exercise e = catalogue.exercise(p.exerciseId()).orElseThrow();
            if (!KNEE_LOADING_PATTERNS.contains(e.pattern())) {
                return;
            }
            Ladder l = catalogue.ladder(e.ladder()).orElseThrow();
            assertThat(l.formGated()).as("%s (%s) is on a form-gated ladder", e.id(), e.pattern()).isTrue();
            assertThat(e.level()).as("level of %s while caving", e.id()).isLessThanOrEqualTo(l.maxLevelWhileCaving());
            assertThat(p.loadGuidance()).as("load on %s while caving", e.id()).isNull();
        });
    }

    /** Never an exercise whose max-pain is below the activity pain or that a raised flag excludes; low-load rules. */
    public void noExerciseIsAllowedThatPainOrAFlagRulesOut(PrescriptionRequest request, Programme programme) {
        forEachPlanned(programme, p -> {
            Exercise e = catalogue.exercise(p.exerciseId()).orElseThrow();
            assertThat(allowed(request, programme, e)).as("%s allowed", e.id()).isTrue();
            if (programme.kind() == Programme.Kind.LOW_LOAD) {
                assertThat(p.loadGuidance()).as("load in low-load").isNull();
            }
        });
    }

    public void noExerciseAppearsTwiceInASession(Programme programme) {
        for (SessionPlan s : programme.sessions()) {
            assertThat(s.exercises()).as("session %d is not empty", s.number()).isNotEmpty();
            assertThat(s.exercises()).extracting(PlannedExercise::exerciseId).doesNotHaveDuplicates();
        }
    }

    /**
     * The content's days-per-week: an exercise is on at most that many days of the week, and any two of those days
     * are at least 7 / days-per-week days apart (rounded down; day 7 and day 1 are one day apart).
     */
    public void noExerciseIsOnMoreOrCloserDaysThanItsDaysPerWeek(Programme programme) {
        java.util.Map<String, List<Integer>> daysOf = new java.util.TreeMap<>();
        for (SessionPlan s : programme.sessions()) {
            s.exercises().forEach(e -> daysOf.computeIfAbsent(e.exerciseId(), k -> new java.util.ArrayList<>())
                    .add(s.dayOfWeek()));
        }
        daysOf.forEach((id, days) -> {
            int perWeek = catalogue.exercise(id).orElseThrow().dosage().daysPerWeek();
            assertThat(days).as("days of %s (%d a week)", id, perWeek).hasSizeLessThanOrEqualTo(perWeek);
            for (int i = 0; i < days.size(); i++) {
                for (int j = i + 1; j < days.size(); j++) {
                    int apart = Math.abs(days.get(i) - days.get(j));
                    assertThat(Math.min(apart, 7 - apart)).as("days of %s (%d a week): %s", id, perWeek, days)
                            .isGreaterThanOrEqualTo(7 / perWeek);
                }
            }
        });
    }

    public void everyPlannedExerciseHasARationaleForOneOfItsFindings(PrescriptionRequest request, Programme programme) {
        Set<String> personFindings = new HashSet<>();
        request.findings().forEach(f -> personFindings.add(f.findingId()));
        forEachPlanned(programme, p -> {
            assertThat(p.rationale()).as("rationale of %s", p.exerciseId()).isNotEmpty();
            List<String> addresses = catalogue.exercise(p.exerciseId()).orElseThrow().addresses();
            p.rationale().forEach(r -> {
                assertThat(addresses).contains(r.findingId());
                assertThat(personFindings).contains(r.findingId());
                assertThat(r.text()).isNotBlank();
            });
        });
    }

    public void identicalRequestGivesAnIdenticalProgramme(PrescriptionRequest request, Programme programme) {
        PrescriptionRequest copy = new PrescriptionRequest(List.copyOf(request.findings()),
                Set.copyOf(request.raisedFlags()), request.answers(), Set.copyOf(request.equipment()),
                request.minutesPerSession(), request.sessionsPerWeek(), Set.copyOf(request.affectedSides()),
                request.requestedPhaseId());
        assertThat(engine.prescribe(copy)).isEqualTo(programme);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /**
     * In a programme of the first phase, every strong or likely finding's entry exercise is in the week; when the
     * entry exercise does not suit the person (equipment, pain, a flag, the form gate), a step of the same ladder that
     * addresses the finding stands in if any does. Returns how many entry exercises were checked.
     */
    public int entryExercisesOfStrongAndLikelyFindingsAreInTheWeek(PrescriptionRequest request, Programme programme) {
        String first = catalogue.progression().phases().getFirst().id();
        if (programme.kind() == Programme.Kind.REFERRAL_ONLY || !first.equals(programme.phaseId())) {
            return 0;
        }
        Set<String> week = new java.util.HashSet<>();
        forEachPlanned(programme, p -> week.add(p.exerciseId()));
        int checked = 0;
        for (var f : request.findings()) {
            if (f.strength() == null || f.strength().compareTo(com.kneeline.content.model.Strength.LIKELY) < 0) {
                continue;
            }
            Finding finding = catalogue.finding(f.findingId()).orElseThrow();
            for (String entryId : finding.entryExercises()) {
                Exercise entry = catalogue.exercise(entryId).orElseThrow();
                checked++;
                if (allowed(request, programme, entry)) {
                    assertThat(week).as("entry exercise of %s %s", f.strength(), f.findingId()).contains(entryId);
                } else {
                    List<Exercise> standIns = catalogue.ladderSteps(entry.ladder()).stream()
                            .filter(e -> e.addresses().contains(finding.id()) && allowed(request, programme, e)).toList();
                    if (!standIns.isEmpty()) {
                        assertThat(standIns).as("a stand-in for %s's entry exercise", f.findingId())
                                .anyMatch(e -> week.contains(e.id()));
                    }
                }
            }
        }
        return checked;
    }

    public boolean caving(PrescriptionRequest request) {
        String input = catalogue.prescription().cavingInput();
        return request.answers().raw(input, Side.LEFT).filter("yes"::equals).isPresent()
                || request.answers().raw(input, Side.RIGHT).filter("yes"::equals).isPresent();
    }

    public double activityPain(PrescriptionRequest request) {
        var inputs = catalogue.prescription().painInputs();
        return request.answers().raw(inputs.duringActivity()).map(Double::parseDouble)
                .orElse((double) inputs.assumedWhenUnanswered());
    }

    /** What the content allows this person, independent of the engine's code. */
    public boolean allowed(PrescriptionRequest request, Programme programme, Exercise e) {
        if (!request.equipment().containsAll(e.equipment())) {
            return false;
        }
        if (e.contraindications().maxPain() < activityPain(request)) {
            return false;
        }
        if (e.contraindications().excludedBy().stream().anyMatch(request.raisedFlags()::contains)) {
            return false;
        }
        if (caving(request) && !catalogue.allowedWhileCaving(e)) {
            return false;
        }
        return !(programme.kind() == Programme.Kind.LOW_LOAD
                && catalogue.prescription().lowLoad().excludedPatterns().contains(e.pattern()));
    }

    private static void forEachPlanned(Programme programme, java.util.function.Consumer<PlannedExercise> check) {
        programme.sessions().forEach(s -> s.exercises().forEach(check));
    }
}
