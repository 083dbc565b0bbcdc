package uk.irodispute.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * Two adapters, each in its own JVM, share one PostgreSQL database and one sandbox; the one in the
 * middle of a poll is killed (SIGKILL). The other takes the poll over: every note is taken once,
 * every note and mail delivered once, and every due time fired once. Each run has a schema of its
 * own, dropped afterwards. Without PostgreSQL on {@code 127.0.0.1:5432} (database {@code test},
 * user {@code postgres}; {@code IRO_TEST_POSTGRES_URL} overrides) the test is skipped, except in CI
 * ({@code CI=true}), where it fails.
 */
class TwoNodeClusterTest extends SandboxHost {

  static final int HTTP_PORT = freePort();
  static final int SMTP_PORT = freePort();

  static final String URL =
      System.getenv()
          .getOrDefault("IRO_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getenv().getOrDefault("IRO_TEST_POSTGRES_USER", "postgres");

  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final SandboxSystem FWI = SandboxSystem.FWI_API;

  private final String schema = "iro_cluster_test_" + UUID.randomUUID().toString().replace("-", "");

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> SMTP_PORT);
    registry.add("iro.mail.port", () -> SMTP_PORT);
  }

  @BeforeEach
  void freshSchema() throws SQLException {
    try (Connection c = connect()) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    AdapterProcess.killAll();
    try (Connection c = connect()) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void whenOneOfTwoNodesIsKilledMidPollTheOtherTakesOverAndNothingIsDoneTwice() {
    Path work = workFolder("two-nodes");
    Path mappings = NodeMappings.copy(work.resolve("mappings"), 50, List.of(LCS.id(), FWI.id()));
    String url = URL + "?currentSchema=" + schema;
    AdapterDatabase database = new AdapterDatabase(url, USER);
    startAdapterClocksAt(MONDAY);
    AdapterProcess one =
        startAdapter("one", work, url, USER, mappings, instanceId("one"), nodeName("one"));
    AdapterProcess two =
        startAdapter("two", work, url, USER, mappings, instanceId("two"), nodeName("two"));
    Awaiting.until(two, "both nodes join the cluster", () -> database.nodes().size() == 2);
    assertThat(database.nodes()).containsExactly("node-one", "node-two");

    // Disputes raised ten days ago in both systems: every due time since then has passed, so the
    // nodes' ticks fire them, each once, while both nodes run. (The sandbox's clock is back at
    // Monday at once: the tokens it gives are good for an hour of its time.)
    List<RecordedNote> notes = new ArrayList<>();
    clock.set(MONDAY.minus(Duration.ofDays(10)));
    for (String child : List.of("P300101", "P300102", "P300103", "P300104")) {
      notes.add(sandbox.record(NoteRequest.in(FWI, child).action("raise").build()));
    }
    for (String child : List.of("2001", "2002")) {
      notes.add(raise(child));
    }
    clock.set(MONDAY);
    Awaiting.until(
        one,
        "the raised disputes are taken, their due times fired and everything delivered",
        () ->
            database.takenNotes().size() == notes.size()
                && database.disputesDueBy(adapterNow()) == 0
                && database.everythingDelivered());
    List<String> raisedTenDaysAgo = database.references();
    assertThat(database.jobFlags("iro-poll", LCS.id()))
        .as("a poll runs on one node at a time and is taken over after a crash")
        .containsExactly(true, true);

    // Two more disputes, while the lcs-api poll that would take them is held by the sandbox: the
    // node running it is killed, and the other takes the poll over.
    sandbox.faults(LCS).arm(Fault.held(1));
    for (String child : List.of("2003", "2004")) {
      notes.add(raise(child));
    }
    Awaiting.until(
        one,
        "a node is in the middle of polling lcs-api",
        () ->
            sandbox.faults(LCS).armed().isEmpty()
                && database.nodeRunning("iro-poll", LCS.id()).isPresent());
    assertThat(database.everythingDelivered()).as("no delivery in flight").isTrue();
    boolean oneIsPolling = database.nodeRunning("iro-poll", LCS.id()).get().equals("node-one");
    AdapterProcess killed = oneIsPolling ? one : two;
    AdapterProcess survivor = oneIsPolling ? two : one;
    killed.kill();
    sandbox.faults(LCS).clear();
    Awaiting.until(
        survivor,
        "the survivor takes the poll over and delivers what it caused",
        () ->
            database.takenNotes().size() == notes.size()
                && database.everythingDelivered()
                && delivered(database, "HTTP_REQUEST").equals(writtenBackByKey().keySet())
                && delivered(database, "MAIL").equals(mailsByKey().keySet()));

    assertThat(database.takenNotes())
        .extracting(AdapterDatabase.TakenNote::noteId)
        .as("every note taken once")
        .containsExactlyInAnyOrderElementsOf(notes.stream().map(RecordedNote::noteId).toList());
    assertThat(database.takenNotes()).allMatch(n -> n.outcome().equals("APPLIED"));
    List<AdapterDatabase.Event> events = database.events();
    assertThat(events)
        .filteredOn(e -> e.commandId() != null)
        .extracting(e -> e.commandId() + " " + e.type() + " " + e.stageId())
        .as("each note decided on once")
        .doesNotHaveDuplicates();
    assertThat(events)
        .filteredOn(e -> e.commandId() == null)
        .extracting(e -> e.reference() + " " + e.type() + " " + e.stageId() + " " + e.occurredAt())
        .as("each due time fired once")
        .isNotEmpty()
        .doesNotHaveDuplicates();
    Set<String> ticked =
        events.stream()
            .filter(e -> e.commandId() == null)
            .map(AdapterDatabase.Event::reference)
            .collect(Collectors.toSet());
    assertThat(ticked)
        .as("every dispute raised ten days ago was ticked")
        .containsAll(raisedTenDaysAgo)
        .hasSize(6);
    assertThat(writtenBackByKey().values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
    assertThat(mailsByKey().values())
        .as("every mail sent once")
        .allSatisfy(copies -> assertThat(copies).hasSize(1));
  }

  private RecordedNote raise(String child) {
    String track = sandbox.roster(LCS).child(child).track();
    return sandbox.record(
        NoteRequest.in(LCS, child).action("raise").answer("track", track).build());
  }

  /** Both nodes run on this host, whose name is each node's name by default: one each. */
  private static String nodeName(String node) {
    return "--iro.node-name=node-" + node;
  }

  private static String instanceId(String node) {
    return "--spring.quartz.properties.org.quartz.scheduler.instanceId=node-" + node;
  }

  private static Set<String> delivered(AdapterDatabase database, String kind) {
    return database.outbox().stream()
        .filter(i -> i.kind().equals(kind))
        .map(AdapterDatabase.Item::key)
        .collect(Collectors.toSet());
  }

  private Connection connect() {
    try {
      DriverManager.setLoginTimeout(5);
      return DriverManager.getConnection(URL, USER, "");
    } catch (SQLException e) {
      String why = "PostgreSQL is not reachable at " + URL + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " (CI=true: this test must run)");
      }
      Assumptions.abort(why);
      throw new IllegalStateException(why, e);
    }
  }
}
