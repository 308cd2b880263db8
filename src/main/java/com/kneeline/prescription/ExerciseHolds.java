package com.kneeline.prescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.kneeline.account.PersonAccess;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.Exercise;
import com.kneeline.prescription.engine.Programme;

/** Every {@link ExerciseHold} together: what is held back for a person and why. */
@Service
public class ExerciseHolds {

    /** A held exercise the person is working towards, with why it waits. */
    public record Note(String exerciseId, String exerciseName, String why) {
    }

    private final ObjectProvider<ExerciseHold> holds;
    private final ContentService content;
    private final PersonAccess access;

    ExerciseHolds(ObjectProvider<ExerciseHold> holds, ContentService content, PersonAccess access) {
        this.holds = holds;
        this.content = content;
        this.access = access;
    }

    /** Exercise id to why, from every hold (the first reason given for an exercise wins). */
    public Map<String, String> forPerson(long personId) {
        Map<String, String> held = new LinkedHashMap<>();
        holds.orderedStream().forEach(h -> h.held(personId).forEach(held::putIfAbsent));
        return held;
    }

    /** {@link #notesFor} the signed-in person. */
    @Transactional(readOnly = true)
    public List<Note> notes(Programme programme) {
        return notesFor(access.me().id(), programme);
    }

    /**
     * The held exercises on a ladder the programme already climbs, or all of them in the reactive phase, so the
     * person sees what the next steps wait for; elsewhere a held exercise says nothing to them.
     */
    public List<Note> notesFor(long personId, Programme programme) {
        Map<String, String> held = forPerson(personId);
        if (held.isEmpty()) {
            return List.of();
        }
        var catalogue = content.catalogue();
        boolean reactive = catalogue.prescription().phaseStart().reactivePhase().equals(programme.phaseId());
        java.util.Set<String> ladders = new java.util.HashSet<>();
        programme.sessions().forEach(s -> s.exercises().forEach(p -> catalogue.exercise(p.exerciseId())
                .map(Exercise::ladder).filter(java.util.Objects::nonNull).ifPresent(ladders::add)));
        return held.entrySet().stream()
                .flatMap(e -> catalogue.exercise(e.getKey()).stream()
                        .filter(x -> reactive || x.ladder() != null && ladders.contains(x.ladder()))
                        .map(x -> new Note(x.id(), x.name(), e.getValue())))
                .toList();
    }
}
