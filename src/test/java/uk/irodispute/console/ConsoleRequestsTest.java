package uk.irodispute.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.testing.ConsoleTestUsers;

/**
 * What the sign-in guards and what it leaves open, through the application's own filter chains: the
 * console needs a signed-in user and its forms a CSRF token and the operator role; the sandbox, its
 * case-system APIs and fault switches and the actuator's health stay open as before.
 */
@ActiveProfiles("sandbox")
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleRequestsTest {

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    ConsoleTestUsers.register(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired DeadLetters deadLetters;
  @Autowired DeadLetterOperations operations;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theConsoleSendsAStrangerToSignIn() throws Exception {
    for (String page : new String[] {"/console", "/console/dead-letters", "/console/disputes"}) {
      MockHttpServletResponse answer = answer(get(page));
      assertThat(answer.getStatus()).as(page).isEqualTo(302);
      assertThat(answer.getRedirectedUrl()).as(page).endsWith("/console/login");
    }
    assertThat(answer(get("/console/login")).getStatus()).isEqualTo(200);
    assertThat(answer(get("/")).getRedirectedUrl()).isEqualTo("/console");
  }

  @Test
  void signingInTakesTheConfiguredPasswordOnly() throws Exception {
    MockHttpServletResponse wrong =
        answer(
            formLogin("/console/login")
                .user(ConsoleTestUsers.OPERATOR)
                .password(ConsoleTestUsers.VIEWER_PASSWORD));
    assertThat(wrong.getRedirectedUrl()).isEqualTo("/console/login?error");

    MockHttpServletResponse right =
        answer(
            formLogin("/console/login")
                .user(ConsoleTestUsers.OPERATOR)
                .password(ConsoleTestUsers.OPERATOR_PASSWORD));
    assertThat(right.getRedirectedUrl()).isEqualTo("/console");
  }

  /**
   * Issue 16, item 6: "Console sessions live in the adapter's database (Spring Session JDBC), so
   * nodes behind a load balancer need no sticky sessions". The session is a row any node reads.
   */
  @Test
  void aConsoleSessionIsKeptInTheDatabaseAndItsCookieAloneSignsIn() throws Exception {
    MockHttpServletResponse signedIn =
        answer(
            formLogin("/console/login")
                .user(ConsoleTestUsers.VIEWER)
                .password(ConsoleTestUsers.VIEWER_PASSWORD));
    Cookie session = signedIn.getCookie("SESSION");
    assertThat(session).as("Spring Session's cookie, not the servlet container's").isNotNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                Integer.class,
                ConsoleTestUsers.VIEWER))
        .isPositive();

    assertThat(answer(get("/console/disputes").cookie(session)).getStatus()).isEqualTo(200);
    jdbc.update("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", ConsoleTestUsers.VIEWER);
    assertThat(answer(get("/console/disputes").cookie(session)).getRedirectedUrl())
        .as("with its row gone, the cookie signs nobody in")
        .endsWith("/console/login");
  }

  @Test
  void onlyAnOperatorWithTheFormsTokenActsOnADeadLetter() throws Exception {
    deadLetters.recordNote(
        "console-security", "N-7", "1", null, DeadLetterReason.UNREADABLE_NOTE, "no personId");
    long id =
        operations
            .list(new DeadLetterFilter("console-security", null, null, null, null))
            .get(0)
            .id();
    String discard = "/console/dead-letters/" + id + "/discard";

    assertThat(answer(post(discard).param("reason", "r").with(csrf())).getRedirectedUrl())
        .as("a stranger is sent to sign in")
        .endsWith("/console/login");
    assertThat(answer(post(discard).param("reason", "r").with(csrf()).with(viewer())).getStatus())
        .as("a viewer may not")
        .isEqualTo(403);
    assertThat(answer(post(discard).param("reason", "r").with(operator())).getStatus())
        .as("an operator's form without its CSRF token is refused")
        .isEqualTo(403);
    assertThat(operations.letter(id).status().name()).isEqualTo("OPEN");

    MockHttpServletResponse done =
        answer(post(discard).param("reason", "typed in by hand").with(csrf()).with(operator()));
    assertThat(done.getRedirectedUrl()).startsWith("/console/dead-letters");
    assertThat(operations.actions(id))
        .singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo(ConsoleTestUsers.OPERATOR));
  }

  @Test
  void replayAllReplaysTheOpenLettersTheFilterMatchesAndSaysWhichCouldNotBe() throws Exception {
    Instant modified = Instant.parse("2026-11-04T09:00:00Z");
    deadLetters.recordNote(
        "console-many", "N-1", "1", modified, DeadLetterReason.UNREADABLE_NOTE, "no personId");
    deadLetters.recordNote(
        "console-many", "position 2", null, null, DeadLetterReason.UNREADABLE_NOTE, "no id");
    deadLetters.recordNote(
        "console-other", "N-3", "1", modified, DeadLetterReason.UNREADABLE_NOTE, "no personId");

    MvcResult result =
        mvc.perform(
                post("/console/dead-letters/replay")
                    .param("system", "console-many")
                    .param("status", "OPEN")
                    .param("reason", "system file corrected")
                    .with(csrf())
                    .with(operator()))
            .andReturn();

    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/console/dead-letters?system=console-many&status=OPEN");
    assertThat((String) result.getFlashMap().get("done"))
        .startsWith("Replayed 1 dead letters; ")
        .contains("modification time could not be read");
    DeadLetter replayed = only("console-many", "N-1");
    assertThat(replayed.status()).isEqualTo(DeadLetter.Status.REPLAYED);
    assertThat(operations.actions(replayed.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.actor()).isEqualTo(ConsoleTestUsers.OPERATOR);
              assertThat(a.reason()).isEqualTo("system file corrected");
            });
    assertThat(only("console-many", "position 2").status()).isEqualTo(DeadLetter.Status.OPEN);
    assertThat(only("console-other", "N-3").status())
        .as("another system's letter is not touched")
        .isEqualTo(DeadLetter.Status.OPEN);
  }

  @Test
  void theSandboxPageAndFaultSwitchesNeedSignInWithoutACsrfToken() throws Exception {
    MockHttpServletResponse browser = answer(get("/sandbox").accept("text/html"));
    assertThat(browser.getStatus()).isEqualTo(302);
    assertThat(browser.getRedirectedUrl()).endsWith("/console/login");
    assertThat(answer(get("/sandbox/faults")).getStatus()).isEqualTo(401);
    assertThat(answer(post("/sandbox/page/mails/purge")).getStatus()).isEqualTo(401);
    assertThat(answer(get("/sandbox").with(viewer())).getStatus()).isEqualTo(200);
    assertThat(answer(get("/sandbox/faults").with(viewer())).getStatus()).isEqualTo(200);
    assertThat(
            answer(
                    post("/sandbox/faults/lcs-api")
                        .param("kind", "server-error")
                        .param("times", "1")
                        .with(
                            httpBasic(
                                ConsoleTestUsers.OPERATOR, ConsoleTestUsers.OPERATOR_PASSWORD)))
                .getStatus())
        .as("a fault switched on with curl as a console user, no token")
        .isBetween(200, 299);
    assertThat(answer(delete("/sandbox/faults").with(viewer())).getStatus()).isBetween(200, 299);
  }

  @Test
  void theSandboxApisAndTheHealthStayOpenWithoutSigningIn() throws Exception {
    assertThat(
            answer(
                    post("/sandbox/lcs-api/oauth/token")
                        .param("grant_type", "client_credentials")
                        .param("client_id", "iro-dispute-adapter")
                        .param("client_secret", "sandbox-only-lcs-client-secret"))
                .getStatus())
        .as("the sandbox API's own sign-in, not the console's")
        .isEqualTo(200);
    assertThat(
            answer(
                    post("/sandbox/lcs-api/oauth/token")
                        .param("grant_type", "client_credentials")
                        .with(httpBasic("iro-dispute-adapter", "sandbox-only-lcs-client-secret")))
                .getStatus())
        .as("client credentials over HTTP Basic reach the sandbox untouched")
        .isEqualTo(200);
    assertThat(
            answer(
                    get("/sandbox/fwi/api/observations")
                        .with(httpBasic("iro-adapter", "sandbox-only-fwi-password")))
                .getStatus())
        .as("the sandbox XML API's own HTTP Basic user")
        .isEqualTo(200);
    assertThat(answer(get("/actuator/health/liveness")).getStatus()).isEqualTo(200);
    assertThat(answer(get("/actuator/health")).getStatus())
        .as("answered, UP or DOWN by the adapter's checks, never refused for want of a sign-in")
        .isIn(200, 503);
  }

  @Test
  void healthDetailsAreShownToTheSignedInOnly() throws Exception {
    String stranger = answer(get("/actuator/health")).getContentAsString();
    assertThat(stranger).contains("\"status\"").doesNotContain("components", "details");
    String probe = answer(get("/actuator/health/readiness")).getContentAsString();
    assertThat(probe).contains("\"status\"").doesNotContain("components", "details");

    String signedIn =
        answer(
                get("/actuator/health")
                    .with(httpBasic(ConsoleTestUsers.VIEWER, ConsoleTestUsers.VIEWER_PASSWORD)))
            .getContentAsString();
    assertThat(signedIn).contains("\"components\"", "\"db\"", "\"outbox\"");
  }

  @Test
  void onlyAnOperatorErasesAChildAndTheErasureIsAudited() throws Exception {
    String body = "{\"personId\":\"PERSON-ERASE-1\"}";
    assertThat(
            answer(
                    post("/api/v1/erasure")
                        .contentType("application/json")
                        .content(body)
                        .with(httpBasic(ConsoleTestUsers.VIEWER, ConsoleTestUsers.VIEWER_PASSWORD)))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            answer(
                    post("/api/v1/erasure")
                        .contentType("application/json")
                        .content("{}")
                        .with(
                            httpBasic(
                                ConsoleTestUsers.OPERATOR, ConsoleTestUsers.OPERATOR_PASSWORD)))
                .getStatus())
        .isEqualTo(400);

    MockHttpServletResponse erased =
        answer(
            post("/api/v1/erasure")
                .contentType("application/json")
                .content(body)
                .with(httpBasic(ConsoleTestUsers.OPERATOR, ConsoleTestUsers.OPERATOR_PASSWORD)));

    assertThat(erased.getStatus()).isEqualTo(200);
    assertThat(erased.getContentAsString()).contains("\"disputes\":0");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM erasures WHERE actor = ?",
                Integer.class,
                ConsoleTestUsers.OPERATOR))
        .isEqualTo(1);
  }

  @Test
  void anyOtherPathIsRefused() throws Exception {
    assertThat(answer(get("/anything-else")).getStatus()).isEqualTo(403);
    assertThat(answer(get("/anything-else").with(operator())).getStatus()).isEqualTo(403);
  }

  private DeadLetter only(String system, String noteId) {
    return operations.list(new DeadLetterFilter(system, null, null, null, null)).stream()
        .filter(d -> d.noteId().equals(noteId))
        .findFirst()
        .orElseThrow();
  }

  private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
    return user(ConsoleTestUsers.VIEWER).roles("VIEWER");
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
    return user(ConsoleTestUsers.OPERATOR).roles("VIEWER", "OPERATOR");
  }
}
