package com.kneeline.prescription;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import com.kneeline.account.CurrentUser;
import com.kneeline.prescription.engine.Programme;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current programmes of many of the signed-in trainer's clients at once, for the roster: one statement for a
 * whole page, which also checks the links, so a client the trainer does not coach now is simply left out.
 */
@Service
@PreAuthorize("hasRole('TRAINER')")
public class CoachedProgrammes {

    /** A client's current programme as generated (the trainer's adjustments are beside it), and when it started. */
    public record Current(long clientId, Instant createdAt, Programme generated) {
    }

    private final ProgrammeRepository programmes;
    private final CurrentUser currentUser;

    CoachedProgrammes(ProgrammeRepository programmes, CurrentUser currentUser) {
        this.programmes = programmes;
        this.currentUser = currentUser;
    }

    /** By client id; clients without a programme, or not linked to the signed-in trainer, have no entry. */
    @Transactional(readOnly = true)
    public Map<Long, Current> currentOf(Collection<Long> clientIds) {
        Map<Long, Current> current = new HashMap<>();
        if (clientIds.isEmpty()) {
            return current;
        }
        String me = currentUser.email().orElseThrow(() -> new IllegalStateException("No signed-in account"));
        for (PrescribedProgramme p : programmes.findCurrentOfClients(me, clientIds)) {
            current.put(p.getOwnerId(), new Current(p.getOwnerId(), p.getCreatedAt(), p.getBody()));
        }
        return current;
    }
}
