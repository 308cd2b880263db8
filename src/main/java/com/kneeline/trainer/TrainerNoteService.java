package com.kneeline.trainer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.kneeline.account.PersonAccess;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer's private notes about a linked client. Notes belong to the trainer who wrote them: another trainer (even
 * a later one of the same client) and the client never see them, and they are unreachable once the link ends.
 */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class TrainerNoteService {

    /** A note as the trainer reads it. */
    public record Note(long id, String body, Instant writtenAt) {
    }

    private final TrainerNoteRepository notes;
    private final PersonAccess access;
    private final Clock clock;

    TrainerNoteService(TrainerNoteRepository notes, PersonAccess access, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Note add(long clientId, String body) {
        long client = access.requireCoaching(clientId);
        TrainerNote saved = notes.save(new TrainerNote(access.me().id(), client, body, clock.instant()));
        return new Note(saved.getId(), saved.getBody(), saved.getWrittenAt());
    }

    /** The signed-in trainer's notes about the client, newest first. */
    @Transactional(readOnly = true)
    public List<Note> list(long clientId, int limit) {
        long client = access.requireCoaching(clientId);
        return notes.findByTrainerIdAndClientIdOrderByWrittenAtDesc(access.me().id(), client, PageRequest.ofSize(limit))
                .map(n -> new Note(n.getId(), n.getBody(), n.getWrittenAt())).getContent();
    }
}
