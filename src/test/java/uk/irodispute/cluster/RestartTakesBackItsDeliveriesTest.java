package uk.irodispute.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * Issue 18, finding 4: after a kill, the deliveries the node had in flight, and every later one of
 * their disputes, waited for the whole claim lease. Here the adapter is killed (SIGKILL) while the
 * case system holds its write-backs unanswered, with a claim lease of ten minutes, and started
 * again under the same node name: it takes back what its dead run left in flight at once, and the
 * backlog is delivered well within the lease.
 */
class RestartTakesBackItsDeliveriesTest extends SandboxHost {

  static final int HTTP_PORT = freePort();
  static final int SMTP_PORT = freePort();

  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final List<String> CHILDREN = List.of("2001", "2002", "2003", "2004");

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> SMTP_PORT);
    registry.add("iro.mail.port", () -> SMTP_PORT);
  }

  @Test
  void aNodeKilledMidDeliveryAndStartedAgainDeliversItsBacklogWithoutWaitingForTheLease() {
    clock.set(MONDAY);
    for (String child : CHILDREN) {
      String track = sandbox.roster(LCS).child(child).track();
      sandbox.record(NoteRequest.in(LCS, child).action("raise").answer("track", track).build());
      clock.advance(Duration.ofMinutes(5));
    }
    Path work = workFolder("restart-takes-back");
    Path mappings = NodeMappings.copy(work.resolve("mappings"), 2, List.of(LCS.id()));
    String url =
        "jdbc:h2:file:"
            + work.resolve("db/iro")
            + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;AUTO_SERVER=TRUE";
    AdapterDatabase database = new AdapterDatabase(url + ";IFEXISTS=TRUE", "sa");
    startAdapterClocksAt(clock.instant());
    String[] settings = {"--iro.node-name=node-a", "--iro.outbox.claim-lease=10m"};

    sandbox
        .faults(LCS)
        .arm(Fault.slow(CHILDREN.size(), Duration.ofSeconds(60)).on(FaultTarget.WRITE_BACKS));
    AdapterProcess first = startAdapter("first", work, url, "sa", mappings, settings);
    Awaiting.until(
        first,
        "every dispute's first write-back is waiting for its answer",
        () -> sandbox.faults(LCS).armed().isEmpty());
    first.kill();
    sandbox.clearFaults();
    assertThat(database.outbox())
        .as("left in flight by the killed run")
        .anyMatch(i -> i.status().equals("IN_FLIGHT"));

    AdapterProcess second = startAdapter("second", work, url, "sa", mappings, settings);
    long started = System.nanoTime();
    Awaiting.until(second, "the backlog delivered", database::everythingDelivered);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    second.kill();

    assertThat(took).as("started and delivered within the lease").isLessThan(Duration.ofMinutes(2));
    assertThat(database.takenNotes()).hasSize(CHILDREN.size());
    assertThat(writtenBackByKey().keySet())
        .containsExactlyInAnyOrderElementsOf(
            database.outbox().stream()
                .filter(i -> !i.kind().equals("MAIL"))
                .map(AdapterDatabase.Item::key)
                .toList());
    assertThat(mailsByKey().values())
        .as("every mail sent once")
        .allSatisfy(copies -> assertThat(copies).hasSize(1));
  }
}
