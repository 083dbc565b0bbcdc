package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import uk.irodispute.IroDisputeAdapter;

/**
 * Issue 18, finding 1, "A silent sandbox in production": with no profile, but a real database, case
 * systems and SMTP server configured by environment, the adapter started the sandbox profile. Its
 * write-backs reached the real case system, its alerts went to the embedded GreenMail, and {@code
 * /sandbox} showed those mails, and switched faults, to anyone without signing in.
 *
 * <p>The adapter now runs the sandbox only when it is chosen, refuses to run it against anything
 * real, and asks for sign-in on the sandbox's page, forms and fault switches.
 */
class SilentSandboxInProductionTest {

  /** The settings a council's installation gives by environment: nothing here is reached. */
  private static final List<String> REAL_INSTALLATION =
      List.of(
          "--IRO_SMTP_HOST=smtp.council.example",
          "--LCS_API_URL=https://lcs.council.example/api/v1",
          "--LCS_CLIENT_SECRET=invented-client-secret",
          "--FWI_PASSWORD=invented-fwi-password");

  @Test
  void withNoProfileTheAdapterRefusesToStartAndNamesTheTwoChoices() {
    Throwable failure = catchThrowable(() -> start(REAL_INSTALLATION).close());

    Throwable root = rootCause(failure);
    assertThat(root).isInstanceOf(StartRefusedException.class);
    FailureAnalysis analysis = new StartRefusedFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription()).contains("No profile is chosen");
    assertThat(analysis.getAction())
        .contains("SPRING_PROFILES_ACTIVE=production")
        .contains("SPRING_PROFILES_ACTIVE=sandbox");
  }

  @Test
  void theProductionProfileCannotBringTheSandboxIn() {
    Throwable root =
        rootCause(
            catchThrowable(
                () ->
                    start(
                            List.of(
                                "--spring.profiles.active=production",
                                "--spring.profiles.include=sandbox"))
                        .close()));

    assertThat(root).isInstanceOf(StartRefusedException.class);
    assertThat(root.getMessage()).contains("production").contains("sandbox");
  }

  @Test
  void theSandboxRefusesAnSmtpHostFromTheEnvironment() {
    Throwable root =
        rootCause(
            catchThrowable(
                () ->
                    start(
                            List.of(
                                "--spring.profiles.active=sandbox",
                                "--IRO_SMTP_HOST=smtp.council.example"))
                        .close()));

    assertThat(root).isInstanceOf(StartRefusedException.class);
    assertThat(root.getMessage()).contains("IRO_SMTP_HOST");
  }

  @Test
  void theSandboxRefusesAnAnswersMailboxFromTheEnvironment() {
    Throwable root =
        rootCause(
            catchThrowable(
                () ->
                    start(
                            List.of(
                                "--spring.profiles.active=sandbox",
                                "--IRO_ANSWERS_URL=imaps://mail.council.example:993"))
                        .close()));

    assertThat(root).isInstanceOf(StartRefusedException.class);
    assertThat(root.getMessage()).contains("IRO_ANSWERS_URL");
  }

  @Test
  void theSandboxRefusesADatabaseThatIsNotH2() {
    Throwable root =
        rootCause(
            catchThrowable(
                () ->
                    start(
                            List.of(
                                "--spring.profiles.active=sandbox",
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/iro"))
                        .close()));

    assertThat(root).isInstanceOf(StartRefusedException.class);
    assertThat(root.getMessage()).contains("database").contains("jdbc:postgresql:");
  }

  @Test
  void theSandboxRefusesACaseSystemOutsideIt() {
    Throwable root =
        rootCause(
            catchThrowable(
                () ->
                    start(
                            List.of(
                                "--spring.profiles.active=sandbox",
                                "--LCS_API_URL=https://lcs.council.example/api/v1"))
                        .close()));

    assertThat(root).isInstanceOf(StartRefusedException.class);
    assertThat(root.getMessage()).contains("lcs-api").contains("lcs.council.example");
  }

  @Test
  void theSandboxPageItsFormsAndFaultSwitchesNeedSignIn() throws Exception {
    try (ConfigurableApplicationContext context =
        start(List.of("--spring.profiles.active=sandbox"))) {
      String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newHttpClient();

      HttpResponse<String> page = http.send(get(base + "/sandbox"), body());
      assertThat(page.statusCode()).as("the page with the mails sent").isIn(302, 401);
      assertThat(page.body()).doesNotContain("@");
      assertThat(http.send(post(base + "/sandbox/faults/lcs-api", "kind=server-error"), body()))
          .extracting(HttpResponse::statusCode)
          .as("a fault switch")
          .isIn(302, 401);
      assertThat(http.send(post(base + "/sandbox/page/mails/purge", ""), body()))
          .extracting(HttpResponse::statusCode)
          .as("a form of the page")
          .isIn(302, 401);
      assertThat(http.send(get(base + "/sandbox/faults"), body()))
          .extracting(HttpResponse::statusCode)
          .isIn(302, 401);

      HttpResponse<String> signedIn =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/sandbox"))
                  .header("Authorization", basic("viewer", "sandbox-viewer"))
                  .build(),
              body());
      assertThat(signedIn.statusCode()).isEqualTo(200);
      assertThat(signedIn.body()).contains("Record a dispute note");
    }
  }

  private static ConfigurableApplicationContext start(List<String> settings) {
    List<String> arguments = new ArrayList<>(settings);
    arguments.add("--server.port=0");
    arguments.add("--spring.main.banner-mode=off");
    return new SpringApplicationBuilder(IroDisputeAdapter.class)
        .run(arguments.toArray(String[]::new));
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).build();
  }

  private static HttpRequest post(String url, String form) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Throwable rootCause(Throwable t) {
    Throwable root = t;
    while (root != null && root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
