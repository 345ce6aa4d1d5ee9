package es.madrid.linea.handoff.console;

import es.madrid.linea.handoff.routing.RoutingRefusal;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** A signed-in person of Línea Madrid who may use the console: an agent, or a supervisor (who may also read). */
record StaffMember(String name, boolean supervisor) {

    private static final String AGENT = "ROLE_AGENT";
    private static final String SUPERVISOR = "ROLE_SUPERVISOR";

    static Optional<StaffMember> of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (!roles.contains(AGENT) && !roles.contains(SUPERVISOR)) {
            return Optional.empty();
        }
        return Optional.of(new StaffMember(authentication.getName(), roles.contains(SUPERVISOR)));
    }

    static StaffMember required(Principal principal) {
        return of(principal)
                .orElseThrow(() -> new RoutingRefusal(
                        "forbidden", "Solo el personal de Línea Madrid puede usar la consola de agentes."));
    }
}
