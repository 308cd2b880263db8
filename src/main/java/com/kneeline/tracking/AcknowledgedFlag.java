package com.kneeline.tracking;

import java.time.Instant;

import com.kneeline.tracking.engine.Flag;

/**
 * A referral flag that has been dealt with: when, by whom (the person or their trainer) and with what note. The
 * person sees these in their history, so a trainer's "referred to physio on 12 May" reaches them.
 */
public record AcknowledgedFlag(long id, Flag.Kind kind, String seen, String professional, Instant raisedAt,
                               Instant acknowledgedAt, String note, String acknowledgedBy, boolean byTrainer) {

    public String title() {
        return OpenFlag.title(kind);
    }
}
