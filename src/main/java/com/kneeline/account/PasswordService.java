package com.kneeline.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords after sign-up: a signed-in person changes theirs, checks it again before deleting their account, and an
 * administrator issues a one-time reset code for someone who forgot theirs (there is no mail server to send a link).
 */
@Service
public class PasswordService {

    /** Long enough to read out over the phone and use the same day. */
    public static final Duration RESET_CODE_VALIDITY = Duration.ofHours(24);
    public static final int RESET_CODE_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PersonAccess access;
    private final AttemptThrottle throttle;
    private final Clock clock;

    PasswordService(AccountRepository accounts, PasswordEncoder encoder, PersonAccess access, AttemptThrottle throttle,
                    Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.access = access;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A password problem with the field it belongs to: the current password, the new one, or the reset code. */
    public static class PasswordProblem extends RuntimeException {

        public enum Field { CURRENT, NEW, CODE }

        private final Field field;

        public PasswordProblem(Field field, String message) {
            super(message);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    /** Whether this is the signed-in person's password; failures count towards sign-in throttling. */
    @Transactional(readOnly = true)
    public boolean isMyPassword(String raw) {
        Account me = mine();
        throttle.signInBlockedFor(me.getEmail(), "").ifPresent(wait -> {
            throw new PasswordProblem(PasswordProblem.Field.CURRENT, AttemptThrottle.message(wait));
        });
        boolean matches = raw != null && PasswordPolicy.fitsHash(raw) && encoder.matches(raw, me.getPasswordHash());
        if (!matches) {
            throttle.signInFailed(me.getEmail(), "");
        }
        return matches;
    }

    @Transactional
    public void changeMyPassword(String current, String next) {
        if (!isMyPassword(current)) {
            throw new PasswordProblem(PasswordProblem.Field.CURRENT, "This is not your current password.");
        }
        Account me = mine();
        PasswordPolicy.problemWith(next, me.getEmail()).ifPresent(problem -> {
            throw new PasswordProblem(PasswordProblem.Field.NEW, problem);
        });
        me.setPasswordHash(encoder.encode(next));
        me.setResetCode(null, null);
    }

    /** A fresh one-time code for the account, replacing any earlier one; only its hash is stored. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String issueResetCode(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new PersonNotFoundException(accountId));
        StringBuilder code = new StringBuilder(RESET_CODE_LENGTH);
        for (int i = 0; i < RESET_CODE_LENGTH; i++) {
            code.append(TrainerInvite.CODE_ALPHABET.charAt(RANDOM.nextInt(TrainerInvite.CODE_ALPHABET.length())));
        }
        account.setResetCode(encoder.encode(code.toString()), clock.instant().plus(RESET_CODE_VALIDITY));
        return code.toString();
    }

    /**
     * Sets a new password with a reset code. Wrong codes count like wrong passwords, so codes cannot be guessed
     * faster than passwords; the same message covers an unknown email, a wrong code and an expired one.
     */
    @Transactional
    public void resetWithCode(String email, String code, String next, String address) {
        throttle.signInBlockedFor(email, address).ifPresent(wait -> {
            throw new PasswordProblem(PasswordProblem.Field.CODE, AttemptThrottle.message(wait));
        });
        Optional<Account> found = accounts.findByEmail(Account.normaliseEmail(email));
        Instant now = clock.instant();
        boolean valid = found.filter(a -> a.getResetCodeHash() != null && a.getResetCodeExpiresAt().isAfter(now))
                .filter(a -> code != null && encoder.matches(code.strip().toUpperCase(java.util.Locale.ROOT),
                        a.getResetCodeHash()))
                .isPresent();
        if (!valid) {
            throttle.signInFailed(email, address);
            throw new PasswordProblem(PasswordProblem.Field.CODE,
                    "This code does not work for this email. It may have expired or been used; ask your administrator for a new one.");
        }
        Account account = found.get();
        PasswordPolicy.problemWith(next, account.getEmail()).ifPresent(problem -> {
            throw new PasswordProblem(PasswordProblem.Field.NEW, problem);
        });
        account.setPasswordHash(encoder.encode(next));
        account.setResetCode(null, null);
        throttle.signInSucceeded(email);
    }

    private Account mine() {
        long id = access.me().id();
        return accounts.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
    }
}
