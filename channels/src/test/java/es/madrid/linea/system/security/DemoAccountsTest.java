package es.madrid.linea.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoAccountsTest {

    private final AtomicInteger hashes = new AtomicInteger();
    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            hashes.incrementAndGet();
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return real.matches(rawPassword, encodedPassword);
        }
    };

    @Test
    void hashesThePasswordAtTheFirstSignInNotBefore() {
        DemoAccounts accounts = new DemoAccounts("cibeles", counting);
        assertThat(hashes).hasValue(0);

        accounts.loadUserByUsername("agent");
        accounts.loadUserByUsername("editor");
        accounts.loadUserByUsername("supervisor");

        assertThat(hashes).hasValue(1);
    }

    @Test
    void theThreeAccountsHaveTheirRoleAndTheDemoPassword() {
        DemoAccounts accounts = new DemoAccounts("cibeles", counting);

        assertThat(roles(accounts.loadUserByUsername("agent"))).containsExactly("ROLE_AGENT");
        assertThat(roles(accounts.loadUserByUsername("editor"))).containsExactly("ROLE_EDITOR");
        UserDetails supervisor = accounts.loadUserByUsername("supervisor");
        assertThat(roles(supervisor)).containsExactly("ROLE_SUPERVISOR");
        assertThat(real.matches("cibeles", supervisor.getPassword())).isTrue();
        assertThat(real.matches("otra", supervisor.getPassword())).isFalse();
    }

    @Test
    void anyoneElseIsUnknown() {
        DemoAccounts accounts = new DemoAccounts("cibeles", counting);

        assertThatThrownBy(() -> accounts.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
    }

    private static List<String> roles(UserDetails user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
