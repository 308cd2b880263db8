package com.kneeline.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.kneeline.account.CurrentUser;
import com.kneeline.tracking.engine.ExerciseLog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recent sessions of many of the signed-in trainer's clients at once, for the roster's adherence and next-session
 * columns: one statement for a whole page, which also checks the links, so a client the trainer does not coach now
 * is simply left out.
 */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class CoachedSessions {

    /** One logged session: which planned session it was, on which day, and what was done. */
    public record Logged(long clientId, LocalDate date, int sessionNumber, List<ExerciseLog> exercises) {
    }

    private final TrainingSessionRepository sessions;
    private final CurrentUser currentUser;

    CoachedSessions(TrainingSessionRepository sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    /** Sessions on or after {@code from}, oldest first. */
    @Transactional(readOnly = true)
    public List<Logged> since(Collection<Long> clientIds, LocalDate from) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        String me = currentUser.email().orElseThrow(() -> new IllegalStateException("No signed-in account"));
        return sessions.findRecentOfClients(me, clientIds, from).stream()
                .map(s -> new Logged(s.getOwnerId(), s.getSessionDate(), s.getSessionNumber(), s.getExercises()))
                .toList();
    }
}
