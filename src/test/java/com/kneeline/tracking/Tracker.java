package com.kneeline.tracking;

import com.kneeline.account.PersonAccess;

import org.springframework.stereotype.Component;

/** The tracker's services in one place for tests, and the signed-in person whose id they are called with. */
@Component
public class Tracker {

    private final TodaysSessionService todays;
    private final SessionLogService sessionLog;
    private final CheckInService checkIns;
    private final TrainingHistoryService trainingHistory;
    private final ReferralFlagService referralFlags;
    private final PersonAccess access;

    Tracker(TodaysSessionService todays, SessionLogService sessionLog, CheckInService checkIns,
            TrainingHistoryService trainingHistory, ReferralFlagService referralFlags, PersonAccess access) {
        this.todays = todays;
        this.sessionLog = sessionLog;
        this.checkIns = checkIns;
        this.trainingHistory = trainingHistory;
        this.referralFlags = referralFlags;
        this.access = access;
    }

    /** The signed-in person's id. */
    public long me() {
        return access.me().id();
    }

    public TodaysSessionService todays() {
        return todays;
    }

    public SessionLogService sessionLog() {
        return sessionLog;
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    public TrainingHistoryService trainingHistory() {
        return trainingHistory;
    }

    public ReferralFlagService referralFlags() {
        return referralFlags;
    }
}
