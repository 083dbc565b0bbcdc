package uk.irodispute.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Who may see and do what, in five filter chains:
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic with the console's users, no session, no CSRF token (its
 *       clients are scripts, not browsers); reads need {@code VIEWER}, anything else (replaying and
 *       discarding dead letters) {@code OPERATOR}; a refusal answers {@code {"status", "parameter",
 *       "error"}} like the API's own.
 *   <li>{@code /console/**}: form login at {@code /console/login}, a session, CSRF tokens on every
 *       form; pages need {@code VIEWER}, the dead-letter forms {@code OPERATOR}.
 *   <li>the actuator: health, info and Prometheus open as before; any other endpoint exposed needs
 *       an {@code OPERATOR} over HTTP Basic.
 *   <li>the sandbox's page ({@code /sandbox}, which lists the mails sent), its forms ({@code
 *       /sandbox/page/**}) and its fault switches ({@code /sandbox/faults/**}): any console user,
 *       signed in at {@code /console/login} (a browser is sent there) or by HTTP Basic (a script).
 *       No CSRF token: the page's forms carry none, and the session cookie goes with no form
 *       another site posts ({@code same-site: lax}).
 *   <li>everything else: the sandbox's case-system APIs and its children's pages (sandbox profile
 *       only), open, their own HTTP Basic and client credentials passed through untouched; any
 *       other path is refused.
 * </ul>
 *
 * An operator holds both roles. Users come from {@code iro.console.users} ({@link ConsoleUsers}).
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties({ConsoleUsers.class, SignInSettings.class})
public class ConsoleSecurity {

  static final String LOGIN_PAGE = "/console/login";

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSecurity.class);
  private static final String VIEWER = ConsoleRole.VIEWER.name();
  private static final String OPERATOR = ConsoleRole.OPERATOR.name();

  @Bean
  UserDetailsService consoleUserDetails(ConsoleUsers users) {
    if (users.users().isEmpty()) {
      LOG.warn(
          "No console users are configured (iro.console.users): /console and /api/v1 refuse"
              + " everyone until some are");
    }
    List<UserDetails> details =
        users.users().stream()
            .map(
                u ->
                    User.withUsername(u.name())
                        .password(u.bcrypt())
                        .roles(
                            u.role() == ConsoleRole.OPERATOR
                                ? new String[] {VIEWER, OPERATOR}
                                : new String[] {VIEWER})
                        .build())
            .toList();
    return new InMemoryUserDetailsManager(details);
  }

  @Bean
  PasswordEncoder consolePasswords() {
    return new BCryptPasswordEncoder();
  }

  /** Failed sign-ins on this node, on the real clock (never the sandbox's accelerated one). */
  @Bean
  SignInThrottle signInThrottle(SignInSettings settings) {
    return new SignInThrottle(settings, Clock.systemUTC());
  }

  /**
   * The one sign-in every chain is given (Spring Security would otherwise build its own from the
   * user details, unthrottled): a console user's name and bcrypt-checked password, when the
   * throttle lets the attempt be checked.
   */
  @Bean
  AuthenticationManager consoleSignIn(
      UserDetailsService details,
      PasswordEncoder passwords,
      SignInThrottle throttle,
      ConsoleUsers users) {
    DaoAuthenticationProvider checked = new DaoAuthenticationProvider(passwords);
    checked.setUserDetailsService(details);
    return new ProviderManager(new ThrottledSignIn(checked, throttle, users));
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiRequests(HttpSecurity http, AuthenticationManager signIn)
      throws Exception {
    ApiRefusals refusals = new ApiRefusals();
    return http.securityMatcher("/api/**")
        .authenticationManager(signIn)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/api/**")
                    .hasRole(VIEWER)
                    .requestMatchers(HttpMethod.HEAD, "/api/**")
                    .hasRole(VIEWER)
                    .anyRequest()
                    .hasRole(OPERATOR))
        .httpBasic(b -> b.authenticationEntryPoint(refusals))
        .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain consolePages(HttpSecurity http, AuthenticationManager signIn)
      throws Exception {
    HttpSessionRequestCache pageAskedFor = new HttpSessionRequestCache();
    pageAskedFor.setMatchingRequestParameterName(null);
    return http.securityMatcher("/console/**")
        .authenticationManager(signIn)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(LOGIN_PAGE)
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/console/**")
                    .hasRole(VIEWER)
                    .anyRequest()
                    .hasRole(OPERATOR))
        .formLogin(
            f ->
                f.loginPage(LOGIN_PAGE)
                    .defaultSuccessUrl("/console", false)
                    .failureHandler(ConsoleSecurity::signInFailed))
        .requestCache(r -> r.requestCache(pageAskedFor))
        .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN_PAGE + "?signedOut"))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain actuatorEndpoints(HttpSecurity http, AuthenticationManager signIn)
      throws Exception {
    return http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authenticationManager(signIn)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(EndpointRequest.to("health", "info", "prometheus"))
                    .permitAll()
                    .anyRequest()
                    .hasRole(OPERATOR))
        .httpBasic(b -> b.realmName(ApiRefusals.REALM))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(c -> c.disable())
        .build();
  }

  /** Back to the sign-in page, saying whether the password was wrong or the attempt must wait. */
  private static void signInFailed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String why = e instanceof SignInThrottled ? "?wait" : "?error";
    response.sendRedirect(request.getContextPath() + LOGIN_PAGE + why);
  }

  /**
   * The sandbox's page, forms and fault switches. Issue 18: they were open to anyone, the page
   * showing the mails sent (staff names, addresses, case links).
   */
  @Bean
  @Order(4)
  SecurityFilterChain sandboxPages(HttpSecurity http) throws Exception {
    HttpSessionRequestCache pageAskedFor = new HttpSessionRequestCache();
    pageAskedFor.setMatchingRequestParameterName(null);
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName(ApiRefusals.REALM);
    LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
    AuthenticationEntryPoint browserOrScript =
        (request, response, failure) -> {
          String accept = request.getHeader("Accept");
          if (accept != null && accept.contains("text/html")) {
            login.commence(request, response, failure);
          } else {
            basic.commence(request, response, failure);
          }
        };
    return http.securityMatcher(
            "/sandbox", "/sandbox/page/**", "/sandbox/faults", "/sandbox/faults/**")
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(VIEWER))
        .httpBasic(b -> b.authenticationEntryPoint(basic))
        .exceptionHandling(e -> e.authenticationEntryPoint(browserOrScript))
        .requestCache(r -> r.requestCache(pageAskedFor))
        .csrf(c -> c.disable())
        .build();
  }

  /**
   * Everything else. No sign-in of the adapter's runs here: the sandbox's APIs take HTTP Basic and
   * client credentials of their own, which must reach them untouched.
   */
  @Bean
  @Order(5)
  SecurityFilterChain openPaths(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            a ->
                a.dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/", "/error", "/favicon.ico", "/sandbox/**")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(c -> c.disable())
        .build();
  }
}
