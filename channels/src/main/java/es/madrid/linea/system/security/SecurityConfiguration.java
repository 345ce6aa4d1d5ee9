package es.madrid.linea.system.security;

import es.madrid.linea.system.CibelesProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/** Who may call what. Paths are listed here, in one place, so a reviewer sees the whole surface at once. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String AGENT = "AGENT";
    static final String EDITOR = "EDITOR";
    static final String SUPERVISOR = "SUPERVISOR";

    @Bean
    SecurityFilterChain security(HttpSecurity http, CibelesProperties properties) throws Exception {
        http.cors(cors -> cors.configurationSource(widgetCors(properties)))
                .authorizeHttpRequests(requests -> requests
                        // Citizens: a conversation id is the key to its conversation, nothing else is needed.
                        .requestMatchers("/api/v1/conversations", "/api/v1/conversations/**")
                        .permitAll()
                        .requestMatchers("/api/v1/nlu/**", "/api/v1/offices", "/api/v1/offices/**")
                        .permitAll()
                        // Published procedures only: drafts, history and revisions below them are for editors.
                        .requestMatchers(HttpMethod.GET, "/api/v1/kb/search", "/api/v1/kb/procedures/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/alerts/**", "/api/v1/appointments/**")
                        .permitAll()
                        .requestMatchers("/open311/**", "/webhooks/**")
                        .permitAll()
                        // People of Línea Madrid.
                        .requestMatchers("/api/v1/handoff/**")
                        .hasAnyRole(AGENT, SUPERVISOR)
                        .requestMatchers("/api/v1/kb/**")
                        .hasRole(EDITOR)
                        .requestMatchers("/api/v1/supervisor/**")
                        .hasRole(SUPERVISOR)
                        .requestMatchers("/api/v1/backoffice/**")
                        .hasAnyRole(AGENT, SUPERVISOR)
                        .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**")
                        .hasRole(SUPERVISOR)
                        // The agent console and its socket (the handoff module).
                        .requestMatchers("/console", "/console/**", "/ws/agent", "/ws/agent/**")
                        .hasAnyRole(AGENT, SUPERVISOR)
                        // The editors' page (the knowledge-base module).
                        .requestMatchers("/editor", "/editor/**")
                        .hasRole(EDITOR)
                        // Pages, the web chat socket, docs and health.
                        .requestMatchers(
                                "/",
                                "/index.html",
                                "/widget.js",
                                "/webchat/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/ws/chat",
                                "/ws/chat/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(SUPERVISOR)
                        .anyRequest()
                        .authenticated())
                .httpBasic(Customizer.withDefaults())
                .formLogin(form -> form.loginPage(SignInPage.PATH).permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/webhooks/**", "/open311/**", "/ws/**"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                jsonUnauthorized(),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"),
                                PathPatternRequestMatcher.withDefaults().matcher("/**"))
                        .defaultAccessDeniedHandlerFor(
                                jsonForbidden(),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**")));
        return http.build();
    }

    /**
     * The widget runs on madrid.es pages and calls the citizen API from there: those origins may call it, without
     * cookies (a conversation id, not a session, is the citizen's key).
     */
    private static CorsConfigurationSource widgetCors(CibelesProperties properties) {
        CorsConfiguration widget = new CorsConfiguration();
        widget.setAllowedOriginPatterns(properties.web().allowedOrigins());
        widget.setAllowedMethods(List.of("GET", "POST"));
        widget.setAllowedHeaders(List.of("Content-Type"));
        widget.setAllowCredentials(false);
        widget.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/v1/conversations", widget);
        source.registerCorsConfiguration("/api/v1/conversations/**", widget);
        return source;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(CibelesProperties properties, PasswordEncoder encoder) {
        if (properties.embedded()) {
            log.info("embedded mode: demo accounts agent, editor and supervisor are enabled");
            return new DemoAccounts(properties.demoPassword(), encoder);
        }
        List<UserDetails> configured = properties.users().stream()
                .map(user -> User.withUsername(user.name())
                        .password(user.password())
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(configured);
    }

    private static AuthenticationEntryPoint jsonUnauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Cibeles\"");
            writeJson(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "unauthorized",
                    "Identifícate para usar este recurso.");
        };
    }

    private static AccessDeniedHandler jsonForbidden() {
        return (request, response, exception) -> writeJson(
                response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "No tienes permiso para este recurso.");
    }

    private static void writeJson(HttpServletResponse response, int status, String code, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}
