package com.kneeline.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Lets Spring Security sign people in with their email and password. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.loadForSignIn(email)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
        return User.withUsername(account.getEmail())
                .password(account.getPasswordHash())
                .authorities(account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }
}
