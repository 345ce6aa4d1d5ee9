package es.madrid.linea.system.security;

import java.util.function.Supplier;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The embedded mode's accounts {@code agent}, {@code editor} and {@code supervisor}, sharing the demo password. The
 * password is hashed when someone first signs in, not at start-up: a BCrypt hash is deliberately slow, and in a JVM
 * that has just started (interpreted code, the JIT compiling the hash's loop) it took 14 % of a cold start's main
 * thread (bench/README.md), for accounts many runs never use.
 */
final class DemoAccounts implements UserDetailsService {

    private final Supplier<UserDetailsService> accounts;

    DemoAccounts(String password, PasswordEncoder encoder) {
        this.accounts = new Once<>(() -> {
            String hash = encoder.encode(password);
            return new InMemoryUserDetailsManager(
                    User.withUsername("agent")
                            .password(hash)
                            .roles(SecurityConfiguration.AGENT)
                            .build(),
                    User.withUsername("editor")
                            .password(hash)
                            .roles(SecurityConfiguration.EDITOR)
                            .build(),
                    User.withUsername("supervisor")
                            .password(hash)
                            .roles(SecurityConfiguration.SUPERVISOR)
                            .build());
        });
    }

    @Override
    public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
        return accounts.get().loadUserByUsername(username);
    }

    /** A value computed by the first caller; later callers (and concurrent first ones) get the same instance. */
    private static final class Once<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private volatile T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    current = value;
                    if (current == null) {
                        current = compute.get();
                        value = current;
                    }
                }
            }
            return current;
        }
    }
}
