package com.kneeline.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.kneeline.account.AccountSummary;
import com.kneeline.content.ContentService;
import com.kneeline.content.model.SafetyFlag;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When to see a professional: a person's open and acknowledged flags, acknowledging them (by the person, or with a
 * note by their trainer), and "I got hurt / something changed". The rules themselves run after every log, edit and
 * check-in, and when an assessment concludes ({@link SessionDecisions}).
 */
@Service
public class ReferralFlagService {

    /** "What happened?" in a report of a change: room for a few sentences. */
    public static final int REPORT_MAX_LENGTH = 500;

    private final RaisedFlagRepository flags;
    private final ContentService content;
    private final SessionPlanner planner;
    private final SessionDecisions decisions;
    private final TrackedPerson person;

    ReferralFlagService(RaisedFlagRepository flags, ContentService content, SessionPlanner planner,
                        SessionDecisions decisions, TrackedPerson person) {
        this.flags = flags;
        this.content = content;
        this.planner = planner;
        this.decisions = decisions;
        this.person = person;
    }

    /** A person's open flags, newest first. */
    @Transactional(readOnly = true)
    public List<OpenFlag> openFlags(long personId) {
        return planner.openFlags(person.readable(personId));
    }

    /** A person's acknowledged flags, newest first, with who acknowledged them and their note. */
    @Transactional(readOnly = true)
    public List<AcknowledgedFlag> acknowledgedFlags(long personId) {
        return flags.findByOwnerIdAndAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc(person.readable(personId))
                .stream()
                .map(f -> new AcknowledgedFlag(f.getId(), f.getKind(), f.getSeen(), f.getProfessional(),
                        f.getRaisedAt(), f.getAcknowledgedAt(), f.getAcknowledgement(), f.getAcknowledgedByName(),
                        f.isAcknowledgedByTrainer()))
                .toList();
    }

    /** The person has read the flag; an optional note (at most 500 characters) is kept with it. */
    @Transactional
    public void acknowledge(long personId, long flagId, String note) {
        long me = person.self(personId);
        RaisedFlag flag = flags.findByIdAndOwnerId(flagId, me)
                .orElseThrow(() -> new SessionNotFoundException("flag", flagId));
        flag.acknowledge(note, person.now(), me, person.me().displayName(), false);
    }

    /**
     * The client's trainer acknowledges a flag with a note (for example "referred to physio on 12 May"); the client
     * sees the note and the trainer's name. Only a trainer linked to the client now; anyone else gets not found.
     */
    @Transactional
    public void acknowledgeAsTrainer(long clientId, long flagId, String note) {
        long client = person.coaching(clientId, "flag", flagId);
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Write a note for your client, for example whom you referred them to.");
        }
        AccountSummary trainer = person.me();
        RaisedFlag flag = flags.findByIdAndOwnerId(flagId, client)
                .orElseThrow(() -> new SessionNotFoundException("flag", flagId));
        flag.acknowledge(note, person.now(), trainer.id(), trainer.displayName(), true);
    }

    /** The note limit, for the fields that collect one. */
    public static int flagNoteMaxLength() {
        return RaisedFlag.NOTE_MAX;
    }

    /** The safety-screen questions, for "I got hurt / something changed". */
    public List<SafetyFlag> safetyQuestions() {
        return content.catalogue().safetyQuestions();
    }

    /**
     * "I got hurt / something changed": the safety screen answered again. Every report is stored as a flag (a red
     * flag per question answered yes, otherwise a reported change) and pauses progression until acknowledged;
     * logging stays possible. Not de-duplicated against earlier flags: each report is a new event.
     *
     * @param yes         ids of the safety questions answered yes
     * @param description what happened, in the person's words (optional, at most {@link #REPORT_MAX_LENGTH})
     * @return the flags raised
     */
    @Transactional
    public List<OpenFlag> reportChange(long personId, Set<String> yes, String description) {
        long me = person.self(personId);
        if (description != null && description.length() > REPORT_MAX_LENGTH) {
            throw new IllegalArgumentException("Say what happened in at most " + REPORT_MAX_LENGTH + " characters");
        }
        for (String id : yes) {
            if (content.catalogue().safetyFlag(id).isEmpty()) {
                throw new IllegalArgumentException("Unknown safety question " + id);
            }
        }
        Instant now = person.now();
        return decisions.referral().reported(person.today(), yes, description).stream()
                .map(flag -> flags.save(new RaisedFlag(me, flag, now)))
                .map(SessionPlanner::open).toList();
    }
}
