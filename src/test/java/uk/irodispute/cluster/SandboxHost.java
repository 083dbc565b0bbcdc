package uk.irodispute.cluster;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.sandbox.SandboxCaseSystems;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.WrittenBackNote;
import uk.irodispute.store.DeliveryKind;
import uk.irodispute.store.StoreJson;
import uk.irodispute.testing.FreePorts;
import uk.irodispute.testing.MutableClock;

/**
 * The test JVM's side of a multi-process test: the sandbox case systems and GreenMail, served by
 * the application in its sandbox profile with the schedules off (so this JVM's own adapter does
 * nothing unless a test runs a route), and the adapters under test in JVMs of their own ({@link
 * AdapterProcess}), pointed at this sandbox through the environment variables their system files
 * read. Each subclass gives its context its own ports.
 */
@CamelSpringBootTest
@ActiveProfiles("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(SandboxHost.PinnedClock.class)
abstract class SandboxHost {

  /** Monday 2 November 2026, 10:00 in London: the sandbox's time when a test starts. */
  static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");

  private static final String H2_FILE = "jdbc:h2:file:";

  @Autowired SandboxCaseSystems sandbox;
  @Autowired SandboxMailServer mail;
  @Autowired MutableClock clock;
  @Autowired Environment environment;
  @Autowired ProducerTemplate camel;
  @Autowired JdbcTemplate hostDatabase;

  private Instant adaptersStart = MONDAY;
  private long adaptersStartNanos = System.nanoTime();

  /**
   * The adapters' clocks: {@code start} now, running at real speed from here on whichever adapter
   * reads them, so that an adapter started later carries on the same time line as those before it
   * (a lease or back-off one took ends when the next expects).
   */
  void startAdapterClocksAt(Instant start) {
    adaptersStart = start;
    adaptersStartNanos = System.nanoTime();
  }

  @AfterEach
  void stopAdaptersAndClearFaults() {
    AdapterProcess.killAll();
    sandbox.clearFaults();
  }

  /** Where a test's adapters keep their logs, databases and mappings. */
  static Path workFolder(String test) {
    return Path.of("target", "cluster-tests", test + "-" + System.currentTimeMillis())
        .toAbsolutePath();
  }

  /**
   * Starts an adapter against this sandbox, its log in the work folder.
   *
   * @param more settings given as command-line arguments, on top of {@link #adapterArguments()}
   *     (one of those given again here is replaced)
   */
  AdapterProcess startAdapter(
      String name, Path workFolder, String dbUrl, String dbUser, Path mappings, String... more) {
    List<String> arguments = new ArrayList<>(adapterArguments());
    for (String setting : more) {
      String named = setting.substring(0, setting.indexOf('=') + 1);
      arguments.removeIf(given -> given.startsWith(named));
    }
    arguments.addAll(List.of(more));
    awaitH2FileClosed(dbUrl);
    Map<String, String> environment = adapterEnvironment(dbUrl, dbUser, mappings);
    AdapterProcess adapter = AdapterProcess.start(name, workFolder, environment, arguments);
    if (dbUrl.startsWith(H2_FILE)) {
      awaitServing(adapter, environment.get("IRO_PORT"));
    }
    return adapter;
  }

  /**
   * Waits until a node answers its liveness probe, so that it has opened the H2 file and serves it
   * to others. Until then the test's own queries would open the file themselves, each one writing
   * H2's lock file, and a node starting meanwhile stops at start-up ("Lock file recently
   * modified").
   */
  private static void awaitServing(AdapterProcess adapter, String port) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest liveness =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Awaiting.until(
        adapter,
        adapter.name() + " started",
        () -> http.send(liveness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  /**
   * Waits until H2's lock file is gone or has not changed for a few seconds. The test's own read of
   * the file, closing a moment ago, touches the lock file, and a node opening the file then stops
   * at start-up ("Lock file recently modified"). A killed node's lock file stops changing at once,
   * and H2 takes such a file over.
   */
  private static void awaitH2FileClosed(String dbUrl) {
    if (!dbUrl.startsWith(H2_FILE)) {
      return;
    }
    String base = dbUrl.substring(H2_FILE.length()).split(";", 2)[0];
    Path lock = Path.of(base + ".lock.db");
    Awaitility.await("the database file " + lock.getFileName() + " released")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                !Files.exists(lock)
                    || Files.getLastModifiedTime(lock)
                        .toInstant()
                        .isBefore(Instant.now().minusSeconds(5)));
  }

  /** The adapters' time now (see {@link #startAdapterClocksAt}). */
  Instant adapterNow() {
    return adaptersStart.plusNanos(System.nanoTime() - adaptersStartNanos);
  }

  /**
   * The environment of an adapter against this sandbox: its database, its mappings, its own HTTP
   * port, the sandbox's API addresses and secrets, GreenMail for mail (in clear, on loopback), and
   * its clock on the adapters' time line ({@link #startAdapterClocksAt}).
   */
  Map<String, String> adapterEnvironment(String dbUrl, String dbUser, Path mappings) {
    String sandboxUrl = "http://127.0.0.1:" + environment.getProperty("local.server.port");
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "node");
    env.put("IRO_DB_URL", dbUrl);
    env.put("IRO_DB_USER", dbUser);
    env.put("IRO_DB_PASSWORD", "");
    env.put("IRO_MAPPINGS", mappings.toString());
    env.put("IRO_PORT", Integer.toString(freePort()));
    env.put("LCS_API_URL", sandboxUrl + "/sandbox/lcs-api/v1");
    env.put("LCS_API_TOKEN_URL", sandboxUrl + "/sandbox/lcs-api/oauth/token");
    env.put("LCS_API_WEB_URL", sandboxUrl + "/sandbox/lcs-api");
    env.put("LCS_CLIENT_SECRET", environment.getRequiredProperty("LCS_CLIENT_SECRET"));
    env.put("FWI_API_URL", sandboxUrl + "/sandbox/fwi/api");
    env.put("FWI_WEB_URL", sandboxUrl + "/sandbox/fwi");
    env.put("FWI_PASSWORD", environment.getRequiredProperty("FWI_PASSWORD"));
    env.put("IRO_SMTP_HOST", "127.0.0.1");
    env.put("IRO_SMTP_PORT", Integer.toString(mail.port()));
    env.put("IRO_SMTP_STARTTLS", "false");
    env.put("IRO_SMTP_SSL", "false");
    env.put("IRO_CLOCK_START", adapterNow().toString());
    env.put("IRO_CLOCK_SPEED", "1");
    return env;
  }

  /**
   * Settings with no environment variable: deliver and tick every half second, take over a delivery
   * a dead node had claimed after 5 seconds, and check in with the cluster every second (a node
   * silent for 8.5 seconds is taken for dead).
   */
  static List<String> adapterArguments() {
    return List.of(
        "--iro.outbox.every-millis=500",
        "--iro.tick.every-millis=500",
        "--iro.outbox.claim-lease=5s",
        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
  }

  /** The notes the sandbox's systems hold from the adapters, by idempotency key. */
  Map<String, List<WrittenBackNote>> writtenBackByKey() {
    Map<String, List<WrittenBackNote>> byKey = new LinkedHashMap<>();
    for (WrittenBackNote note : sandbox.writtenBack()) {
      byKey.computeIfAbsent(note.key(), k -> new ArrayList<>()).add(note);
    }
    return byKey;
  }

  /**
   * The mails GreenMail took, by the idempotency key the adapter put in their {@code
   * X-IRO-Dispute-Key} header: one message a mail sent (GreenMail keeps a copy per recipient, all
   * with one Message-ID).
   */
  Map<String, List<MimeMessage>> mailsByKey() {
    Map<String, MimeMessage> byMessageId = new LinkedHashMap<>();
    try {
      for (MimeMessage message : mail.greenMail().getReceivedMessages()) {
        byMessageId.putIfAbsent(message.getMessageID(), message);
      }
      Map<String, List<MimeMessage>> byKey = new LinkedHashMap<>();
      for (MimeMessage message : byMessageId.values()) {
        String key = message.getHeader("X-IRO-Dispute-Key", null);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
      }
      return byKey;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What this JVM's own adapter decided to deliver, by idempotency key: after it has run a poll
   * itself, the effects of a run that nothing interrupted.
   */
  Map<String, Delivery> hostOutbox() {
    StoreJson json = new StoreJson();
    Map<String, Delivery> byKey = new HashMap<>();
    hostDatabase.query(
        "SELECT idempotency_key, kind, payload FROM outbox",
        row -> {
          byKey.put(
              row.getString(1),
              json.readDelivery(DeliveryKind.valueOf(row.getString(2)), row.getString(3)));
        });
    return byKey;
  }

  /** A free port; the subclasses' fields call it by its short name. */
  static int freePort() {
    return FreePorts.freePort();
  }

  /** The sandbox's clock, set by the tests; the adapters' clocks start from it. */
  @TestConfiguration
  static class PinnedClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(MONDAY);
    }
  }
}
