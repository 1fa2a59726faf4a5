package org.openv2v.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Two doors: the API takes HTTP Basic on every request and keeps no session; the web pages use a
 * sign-in form and a session. Both answer to the same accounts, roles and sites.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /**
   * bcrypt, at a cost that tests may lower ({@code openv2v.security.bcrypt-strength}) so that
   * thousands of signatures stay fast; hashes carry their cost, so any strength verifies any hash.
   */
  @Bean
  PasswordEncoder passwordEncoder(@Value("${openv2v.security.bcrypt-strength:10}") int strength) {
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder(
            "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    return encoder;
  }

  /**
   * The password check with its short memory, kept by {@link SignInRevocation} so that a change to
   * an account can forget it. Not an AuthenticationProvider bean: Spring Security would make it the
   * global one, without the throttle.
   */
  @Bean
  SignInRevocation signInRevocation(
      AccountDirectory accounts,
      PasswordEncoder passwords,
      Clock clock,
      SessionRegistry sessions,
      JdbcClient jdbc) {
    DaoAuthenticationProvider checker = new DaoAuthenticationProvider(accounts);
    checker.setPasswordEncoder(passwords);
    SignInRevisions revisions = new SignInRevisions(jdbc);
    return new SignInRevocation(
        sessions, new RememberedCredentials(checker, revisions::current, clock), revisions);
  }

  @Bean
  AuthenticationManager authenticationManager(
      SignInRevocation revocation, SignInThrottle throttle) {
    return new ProviderManager(new ThrottledSignIn(revocation.remembered(), throttle));
  }

  /**
   * Every open page session by user, so that disabling an account can end its sessions: read from
   * the sessions table (Spring Session JDBC) that every node shares.
   */
  @Bean
  SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
    return new SpringSessionBackedSessionRegistry<>(sessions);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication)
      throws Exception {
    // The FHIR server at /fhir takes the same Basic sign-in; its providers check roles and sites.
    return http.securityMatcher("/api/**", "/fhir/**")
        .authenticationManager(authentication)
        // Roles are checked here, before a body is read, so that a caller who may not write learns
        // nothing from validation errors; the controllers check again, and check sites.
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/api/v1/sites/**", "/api/v1/products/**")
                    .authenticated()
                    .requestMatchers("/api/v1/sites/**", "/api/v1/products/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/cases")
                    .hasAnyRole(Role.COORDINATOR.name(), Role.PHYSICIAN.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/shipments")
                    .hasAnyRole(
                        Role.COORDINATOR.name(), Role.MANUFACTURER.name(), Role.COURIER.name())
                    .requestMatchers("/api/v1/cases/*/bookings", "/api/v1/cases/*/booking")
                    .hasRole(Role.COORDINATOR.name())
                    .requestMatchers("/api/v1/cases/*/booking-options", "/api/v1/cases/*/waitlist")
                    .hasAnyRole(Role.COORDINATOR.name(), Role.PHYSICIAN.name())
                    .requestMatchers("/api/v1/cases/*/bedside-verification")
                    .hasAnyRole(infusers())
                    .requestMatchers(
                        "/api/v1/cases/*/status-links/**", "/api/v1/cases/*/status-links")
                    .hasAnyRole(Role.COORDINATOR.name(), Role.PHYSICIAN.name())
                    // Registry reports: clinical staff and auditors read, coordinators submit.
                    .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/registry-forms/**")
                    .hasRole(Role.COORDINATOR.name())
                    .requestMatchers(
                        "/api/v1/cases/*/registry-forms", "/api/v1/cases/*/registry-forms/**")
                    .hasAnyRole(registryReaders())
                    .requestMatchers(HttpMethod.GET, "/api/v1/cases/**")
                    .hasAnyRole(caseRoles())
                    // Quality and audit staff read everything and change nothing.
                    .requestMatchers("/api/v1/cases/**")
                    .hasAnyRole(caseWriters())
                    .requestMatchers("/api/v1/audit/**")
                    .hasRole(Role.AUDITOR.name())
                    // Accounts, roles and sites are the administrators' alone.
                    .requestMatchers("/api/v1/users", "/api/v1/users/**")
                    .hasRole(Role.ADMIN.name())
                    // Pure calculators: no patient data, but clinical tools for clinical staff.
                    .requestMatchers("/api/v1/calculators/**")
                    .hasAnyRole(Role.PHYSICIAN.name(), Role.NURSE.name(), Role.COORDINATOR.name())
                    // Administrators keep chairs, lanes and blackout days; each manufacturer
                    // publishes its own slots (the service checks which facility).
                    .requestMatchers(
                        HttpMethod.PUT, "/api/v1/capacity/chairs/**", "/api/v1/capacity/lanes")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/api/v1/capacity/blackouts", "/api/v1/capacity/blackouts/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/capacity/slots",
                        "/api/v1/capacity/manufacturing-times")
                    .hasRole(Role.MANUFACTURER.name())
                    // Capacity is read across the network, by planners too.
                    .requestMatchers("/api/v1/capacity/**")
                    .hasAnyRole(
                        Role.COORDINATOR.name(),
                        Role.PHYSICIAN.name(),
                        Role.MANUFACTURER.name(),
                        Role.AUDITOR.name(),
                        Role.ADMIN.name(),
                        Role.PLANNER.name())
                    .requestMatchers("/api/v1/planning/runs/*/assignments/*/acceptance")
                    .hasRole(Role.COORDINATOR.name())
                    // The waitlist planner proposes bookings for patients' cases.
                    .requestMatchers("/api/v1/planning/**")
                    .hasAnyRole(Role.COORDINATOR.name(), Role.PHYSICIAN.name())
                    .requestMatchers(HttpMethod.GET, "/api/v1/shipments/**")
                    .hasAnyRole(caseRoles())
                    .requestMatchers("/api/v1/shipments/**")
                    .hasAnyRole(caseWriters())
                    .requestMatchers("/api/v1/alerts/**", "/api/v1/pharmacy/**")
                    .hasAnyRole(caseRoles())
                    // Simulation and economics hold no patient data.
                    .requestMatchers(
                        HttpMethod.GET, "/api/v1/simulations/**", "/api/v1/economics/**")
                    .hasAnyRole(planningReaders())
                    .requestMatchers("/api/v1/simulations/**", "/api/v1/economics/**")
                    .hasAnyRole(planners())
                    .requestMatchers("/fhir/**")
                    .hasAnyRole(caseRoles())
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(
            handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * Everyone who works on cases; administrators keep the reference data and planners the models,
   * not patients' records.
   */
  private static String[] caseRoles() {
    return Arrays.stream(Role.values())
        .filter(Role::worksOnCases)
        .map(Role::name)
        .toArray(String[]::new);
  }

  private static String[] caseWriters() {
    return Arrays.stream(Role.values())
        .filter(Role::worksOnCases)
        .filter(role -> role != Role.AUDITOR)
        .map(Role::name)
        .toArray(String[]::new);
  }

  // The rules below hold for the API and the pages alike; named once so the two chains agree.

  /** Who infuses, and so checks the patient against the bag at the bedside. */
  private static String[] infusers() {
    return names(Role.PHYSICIAN, Role.NURSE);
  }

  /** Who reads a case's registry forms; only coordinators record a submission. */
  private static String[] registryReaders() {
    return names(Role.COORDINATOR, Role.PHYSICIAN, Role.NURSE, Role.AUDITOR);
  }

  /** Who reads the simulations and economic runs, which hold no patient data. */
  private static String[] planningReaders() {
    return names(Role.PLANNER, Role.ADMIN, Role.AUDITOR);
  }

  /** Who starts simulations and economic runs. */
  private static String[] planners() {
    return names(Role.PLANNER, Role.ADMIN);
  }

  private static String[] names(Role... roles) {
    return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }

  /**
   * Scripts only from this server, never inline, so injected markup cannot run; inline styles stay
   * allowed for the SVG plots and Swagger UI (OWASP CSP cheat sheet).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** A locked user name gets its own message; anything else the usual "not right". */
  private static void signInFailed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String outcome = failure instanceof LockedException ? "locked" : "error";
    response.sendRedirect(request.getContextPath() + "/login?" + outcome);
  }

  /** Each role lands where its work is (issue 13), whatever page it asked for before. */
  private static void signedIn(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    String start =
        authentication.getAuthorities().stream()
            .map(authority -> authority.getAuthority())
            .filter(name -> name.startsWith("ROLE_"))
            .map(name -> Role.valueOf(name.substring("ROLE_".length())).startPage())
            .findFirst()
            .orElse("/");
    response.sendRedirect(request.getContextPath() + start);
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http, AuthenticationManager authentication, SessionRegistry sessions)
      throws Exception {
    return http.authenticationManager(authentication)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        // A patient's status page: the secret in the address is the credential.
                        "/status/**",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
                    // One case's pages: only those who work on cases, and the bedside only for
                    // those who infuse. The list itself explains to others why it is empty.
                    .requestMatchers("/manufacturing", "/manufacturing/**")
                    .hasRole(Role.MANUFACTURER.name())
                    .requestMatchers(HttpMethod.GET, "/planning", "/planning/**")
                    .hasAnyRole(planningReaders())
                    .requestMatchers("/planning", "/planning/**")
                    .hasAnyRole(planners())
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/shipments", "/shipments/**")
                    .hasRole(Role.COURIER.name())
                    .requestMatchers("/audit", "/audit/**")
                    .hasRole(Role.AUDITOR.name())
                    .requestMatchers("/cases/*/bedside", "/cases/*/bedside/**")
                    .hasAnyRole(infusers())
                    .requestMatchers(HttpMethod.POST, "/cases/*/registry-forms/**")
                    .hasRole(Role.COORDINATOR.name())
                    .requestMatchers("/cases/*/registry-forms/**")
                    .hasAnyRole(registryReaders())
                    .requestMatchers("/cases/*", "/cases/*/**")
                    .hasAnyRole(caseRoles())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(SecurityConfiguration::signedIn)
                    .failureHandler(SecurityConfiguration::signInFailed)
                    .permitAll())
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frames -> frames.deny())
                    .referrerPolicy(
                        referrer ->
                            referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .httpBasic(basic -> {})
        // Sessions are registered so that an administrator's change to an account ends them; an
        // ended session's next request goes to the sign-in page.
        .sessionManagement(
            session ->
                session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        .build();
  }
}
