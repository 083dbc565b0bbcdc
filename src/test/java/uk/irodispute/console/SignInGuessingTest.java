package uk.irodispute.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.irodispute.testing.ConsoleTestUsers;

/**
 * Issue 18, finding 5: "No throttling: 20 wrong passwords then the right one signs in." Each test
 * guesses from an address of its own, since the user it guesses at is locked for all.
 */
@ActiveProfiles("sandbox")
@SpringBootTest
@AutoConfigureMockMvc
class SignInGuessingTest {

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    ConsoleTestUsers.register(registry);
    registry.add("iro.console.users[2].name", () -> THIRD);
    registry.add(
        "iro.console.users[2].password-hash",
        () -> new BCryptPasswordEncoder(4).encode(THIRD_PASSWORD));
    registry.add("iro.console.users[2].role", () -> "VIEWER");
  }

  /** A user of the address test alone, as the other tests lock theirs. */
  private static final String THIRD = "ops.sam";

  private static final String THIRD_PASSWORD = "sam-password";

  @Autowired MockMvc mvc;

  @Test
  void twentyWrongPasswordsThenTheRightOneDoesNotSignInToTheConsole() throws Exception {
    RequestPostProcessor from = from("192.0.2.10");
    for (int i = 0; i < 20; i++) {
      answer(signIn(ConsoleTestUsers.OPERATOR, "guess-" + i).with(from));
    }

    MockHttpServletResponse right =
        answer(signIn(ConsoleTestUsers.OPERATOR, ConsoleTestUsers.OPERATOR_PASSWORD).with(from));

    assertThat(right.getRedirectedUrl()).isEqualTo("/console/login?wait");
  }

  @Test
  void twentyWrongPasswordsThenTheRightOneDoesNotSignInToTheApiOrTheActuator() throws Exception {
    RequestPostProcessor from = from("192.0.2.20");
    for (int i = 0; i < 20; i++) {
      answer(
          get("/api/v1/protocols")
              .with(httpBasic(ConsoleTestUsers.VIEWER, "guess-" + i))
              .with(from));
    }

    MockHttpServletResponse api =
        answer(
            get("/api/v1/protocols")
                .with(httpBasic(ConsoleTestUsers.VIEWER, ConsoleTestUsers.VIEWER_PASSWORD))
                .with(from));
    assertThat(api.getStatus()).isEqualTo(429);
    assertThat(api.getHeader("Retry-After")).isNotBlank();
    assertThat(api.getContentAsString()).doesNotContain(ConsoleTestUsers.VIEWER_PASSWORD);

    MockHttpServletResponse actuator =
        answer(
            get("/actuator/health")
                .with(httpBasic(ConsoleTestUsers.VIEWER, ConsoleTestUsers.VIEWER_PASSWORD))
                .with(from("192.0.2.21")));
    assertThat(actuator.getStatus())
        .as("the user is locked wherever they sign in, from any address")
        .isEqualTo(401);
  }

  @Test
  void manyNamesGuessedFromOneAddressLockThatAddress() throws Exception {
    RequestPostProcessor from = from("192.0.2.30");
    for (int i = 0; i < 60; i++) {
      answer(get("/api/v1/protocols").with(httpBasic("nobody-" + i, "guess")).with(from));
    }

    assertThat(
            answer(get("/api/v1/protocols").with(httpBasic(THIRD, THIRD_PASSWORD)).with(from))
                .getStatus())
        .isEqualTo(429);
    assertThat(
            answer(
                    get("/api/v1/protocols")
                        .with(httpBasic(THIRD, THIRD_PASSWORD))
                        .with(from("192.0.2.31")))
                .getStatus())
        .as("another address signs the same user in")
        .isEqualTo(200);
  }

  private static MockHttpServletRequestBuilder signIn(String name, String password) {
    return post("/console/login").param("username", name).param("password", password).with(csrf());
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }
}
