package com.kneeline.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.kneeline.assessment.engine.AnswerKey;
import com.kneeline.assessment.engine.Answers;
import com.kneeline.assessment.engine.FindingsEngine;
import com.kneeline.assessment.engine.SafetyOutcome;
import com.kneeline.content.model.SafetyFlag;

/**
 * Keeps a safety stop sticky. After an assessment stopped, the next one first asks whether a professional has cleared
 * the person, and records who and when; without that it stops again with the same reasons. With it, the flags that
 * professional cleared are still recorded but no longer stop; any other stopping flag does.
 */
final class SafetyGate {

    /** Error keys of the clearance form, e.g. {@code clearance.by}. */
    static final String CLEARANCE = "clearance.";

    private final AssessmentRepository repository;
    private final FindingsEngine engine;
    private final Clock clock;

    SafetyGate(AssessmentRepository repository, FindingsEngine engine, Clock clock) {
        this.repository = repository;
        this.engine = engine;
        this.clock = clock;
    }

    /** The stopped assessment that holds the person's programme: their latest concluded one, if it stopped. */
    Optional<Assessment> holding(long ownerId) {
        return repository.findFirstByOwnerIdAndStatusInOrderByFinishedAtDescIdDesc(ownerId,
                        List.of(AssessmentStatus.COMPLETED, AssessmentStatus.STOPPED))
                .filter(a -> a.getStatus() == AssessmentStatus.STOPPED);
    }

    /**
     * Checks and records the clearance answer of a draft while the person is on hold. A clearance needs who (at most
     * {@link Clearance#BY_MAX_LENGTH} characters) and a day neither in the future nor before the stop.
     */
    Map<String, String> recordClearance(Assessment draft, Assessment held, Clearance clearance, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (clearance == null || !clearance.given()) {
            draft.setClearance(null, held.getId(), now);
            return errors;
        }
        if (clearance.by() == null) {
            errors.put(CLEARANCE + "by", "Say who cleared you, for example \"Dr Patel, GP\".");
        } else if (clearance.by().length() > Clearance.BY_MAX_LENGTH) {
            errors.put(CLEARANCE + "by", "Keep this under " + Clearance.BY_MAX_LENGTH + " characters.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate stopped = LocalDate.ofInstant(held.getFinishedAt(), clock.getZone());
        if (clearance.on() == null) {
            errors.put(CLEARANCE + "on", "Enter the day they cleared you.");
        } else if (clearance.on().isAfter(today)) {
            errors.put(CLEARANCE + "on", "The day cannot be in the future.");
        } else if (clearance.on().isBefore(stopped)) {
            errors.put(CLEARANCE + "on", "The clearance must be on or after the day your assessment stopped ("
                    + stopped + ").");
        }
        if (errors.isEmpty()) {
            draft.setClearance(clearance, held.getId(), now);
        }
        return errors;
    }

    /** The screen of a draft's answers so far, with age counted in the clock's year and cleared flags not stopping. */
    SafetyOutcome screen(Assessment draft) {
        return engine.screen(answersOf(draft), LocalDate.now(clock).getYear(), cleared(draft));
    }

    /** The flags a professional cleared: those of the stopped assessment this draft's clearance answers. */
    private Set<String> cleared(Assessment draft) {
        if (draft.getClearance().isEmpty() || draft.getClearsAssessmentId() == null) {
            return Set.of();
        }
        return repository.findByIdAndOwnerId(draft.getClearsAssessmentId(), draft.getOwnerId())
                .map(Assessment::getRaisedFlags).orElse(Set.of());
    }

    /**
     * Stops the draft if it must: on hold without a clearance it stops again with the held reasons (plus any new
     * ones); otherwise when a flag stops it. True when it stopped.
     */
    boolean stopIfNeeded(Assessment draft, Optional<Assessment> held, Instant now) {
        SafetyOutcome safety = screen(draft);
        if (held.isPresent() && draft.getClearance().isEmpty()) {
            Set<String> reasons = new HashSet<>(held.get().getRaisedFlags());
            reasons.addAll(ids(safety.stopping()));
            draft.stopAwaitingClearance(reasons, now);
            return true;
        }
        if (safety.stop()) {
            draft.stop(ids(safety.raised()), now);
            return true;
        }
        return false;
    }

    /** The flags to keep with a completed assessment: those raised and not cleared (none of them stops). */
    Set<String> remaining(Assessment draft) {
        SafetyOutcome safety = screen(draft);
        return safety.raised().stream().filter(f -> !safety.cleared().contains(f.id())).map(SafetyFlag::id)
                .collect(Collectors.toSet());
    }

    static Set<String> ids(List<SafetyFlag> flags) {
        return flags.stream().map(SafetyFlag::id).collect(Collectors.toSet());
    }

    static Answers answersOf(Assessment assessment) {
        Map<AnswerKey, String> map = new LinkedHashMap<>();
        assessment.getAnswers().forEach((key, value) -> map.put(AnswerKey.parse(key), value));
        return Answers.of(map);
    }
}
