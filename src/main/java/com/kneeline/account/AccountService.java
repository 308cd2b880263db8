package com.kneeline.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account feature's public API: sign-up, look-ups and role management. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Validator validator, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Creates an account from a sign-up form. Checks everything the form checks again, because a request can
     * reach the service without passing through the view's validation.
     *
     * @throws RegistrationException naming the field at fault, with a message meant for the person signing up
     */
    @Transactional
    public AccountSummary register(RegistrationForm form) {
        for (ConstraintViolation<RegistrationForm> violation : validator.validate(form)) {
            throw new RegistrationException(fieldOf(violation.getPropertyPath().toString()), violation.getMessage());
        }
        if (form.getRole() == Role.ADMIN) {
            // Admins are configured or granted, never self-selected.
            throw new RegistrationException(RegistrationException.Field.ROLE, "Choose individual or trainer.");
        }
        PasswordPolicy.problemWith(form.getPassword(), form.getEmail()).ifPresent(problem -> {
            throw new RegistrationException(RegistrationException.Field.PASSWORD, problem);
        });
        String email = Account.normaliseEmail(form.getEmail());
        if (accounts.existsByEmail(email)) {
            throw emailTaken();
        }
        Account account = new Account(email, form.getDisplayName(), passwordEncoder.encode(form.getPassword()),
                clock.instant(), EnumSet.of(form.getRole()));
        account.setHealthConsentAt(clock.instant());
        try {
            return AccountSummary.of(accounts.saveAndFlush(account));
        } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
            // Two sign-ups with the same email at once: the unique constraint decides, the person gets the same message.
            throw emailTaken();
        }
    }

    /** Creates the configured administrator when no account with that email exists yet. */
    @Transactional
    public boolean ensureAdmin(String email, String displayName, String rawPassword) {
        String normalised = Account.normaliseEmail(email);
        if (accounts.existsByEmail(normalised)) {
            return false;
        }
        accounts.save(new Account(normalised, displayName, passwordEncoder.encode(rawPassword), clock.instant(),
                EnumSet.of(Role.ADMIN)));
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email)).map(AccountSummary::of);
    }

    /** A person's display name, for screens that have already checked access to the person (PersonAccess). */
    @Transactional(readOnly = true)
    public Optional<String> displayName(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName);
    }

    /** An account by id, for a caller that has already proved who the person is (the calendar feed's secret). */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findById(long accountId) {
        return accounts.findById(accountId).map(AccountSummary::of);
    }

    /** Lazy page of accounts for the admin's user list, optionally filtered by email or name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccountSummary> list(String filter, Pageable pageable) {
        String text = filter == null ? "" : filter.strip();
        return accounts.findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(text, text, pageable)
                .map(AccountSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String filter) {
        String text = filter == null ? "" : filter.strip();
        return accounts.countByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(text, text);
    }

    /** Grants or removes the trainer role; an account always keeps at least one role. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary setTrainer(long accountId, boolean trainer) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No such account"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        if (trainer) {
            roles.add(Role.TRAINER);
        } else {
            roles.remove(Role.TRAINER);
            if (roles.isEmpty()) {
                roles.add(Role.INDIVIDUAL);
            }
        }
        account.setRoles(roles);
        return AccountSummary.of(account);
    }

    /**
     * The authorities an account holds now (empty when it no longer exists), compared on every request with the
     * ones its session signed in with, so a role change takes effect on the next request.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> authoritiesOf(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email))
                .map(account -> account.getRoles().stream().map(Role::authority)
                        .collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
    }

    /** When the account agreed to KneeLine processing its health data; empty for accounts made before we asked. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> consentGivenAt(long accountId) {
        return accounts.findById(accountId).map(Account::getHealthConsentAt);
    }

    /** Records consent now for an account made before sign-up asked for it. */
    @Transactional
    public void giveConsent(long accountId) {
        accounts.findById(accountId).filter(a -> a.getHealthConsentAt() == null)
                .ifPresent(a -> a.setHealthConsentAt(clock.instant()));
    }

    /** The language the person chose on "My account"; empty when KneeLine follows the browser. */
    @Transactional(readOnly = true)
    public Optional<java.util.Locale> chosenLocale(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email)).flatMap(Account::getLocale);
    }

    /** Stores the person's language; null goes back to following the browser. */
    @Transactional
    public void chooseLocale(long accountId, java.util.Locale locale) {
        accounts.findById(accountId).ifPresent(a -> a.setLocale(locale));
    }

    /** Used only by sign-in: the hash never leaves the account package otherwise. */
    @Transactional(readOnly = true)
    Optional<Account> loadForSignIn(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email));
    }

    private static RegistrationException emailTaken() {
        return new RegistrationException(RegistrationException.Field.EMAIL,
                "An account with this email already exists. Log in instead, or use another email.");
    }

    private static RegistrationException.Field fieldOf(String property) {
        return switch (property) {
            case "email" -> RegistrationException.Field.EMAIL;
            case "displayName" -> RegistrationException.Field.DISPLAY_NAME;
            case "role" -> RegistrationException.Field.ROLE;
            case "healthConsent" -> RegistrationException.Field.CONSENT;
            default -> RegistrationException.Field.PASSWORD;
        };
    }
}
