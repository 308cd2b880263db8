package com.kneeline.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over composition, as current guidance (NIST SP 800-63B) recommends: a long passphrase is stronger
 * than a short password with forced symbols. On top of length we refuse the passwords attackers try first and
 * passwords built from the person's own email.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Bounded so a huge input cannot make hashing expensive. */
    public static final int MAX_LENGTH = 128;
    /**
     * Bcrypt reads only the first 72 bytes of a password (and Spring's encoder refuses more), so a longer one gets
     * a message instead of silently weaker protection. 72 bytes are 72 plain letters, fewer with accents or emoji.
     */
    public static final int MAX_BYTES = 72;

    public static final String HELP = "At least " + MIN_LENGTH + " characters. A short phrase you can remember works well.";

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd",
            "1234567890", "0123456789", "12345678910", "qwertyuiop", "qwerty1234", "qwerty12345",
            "iloveyou12", "letmein123", "welcome123", "abc1234567", "aaaaaaaaaa", "1111111111",
            "kneeline123", "kneeline1234", "football12", "baseball12", "sunshine12", "princess12",
            "trustno1234", "dragon1234", "monkey1234", "changeme12", "administrator");

    private PasswordPolicy() {
    }

    /** Whether bcrypt can take the whole password (at most {@link #MAX_BYTES} bytes in UTF-8). */
    public static boolean fitsHash(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** @return a plain-words reason the password is not acceptable, or empty when it is fine */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (!fitsHash(password)) {
            return Optional.of("This password is too long for KneeLine: use at most " + MAX_BYTES
                    + " letters and digits (accented letters and emoji count as two to four).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("This password is too common. Choose something less guessable.");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("Use a greater variety of characters.");
        }
        String localPart = Account.normaliseEmail(email).split("@", 2)[0];
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            return Optional.of("Do not build the password from your email address.");
        }
        return Optional.empty();
    }
}
