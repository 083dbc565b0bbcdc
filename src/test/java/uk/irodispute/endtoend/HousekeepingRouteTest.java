package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.DisputeEvents;

/**
 * The housekeeping route as the adapter runs it, with the shipped retention: 91 days after a
 * dispute's query note and mails were delivered they are gone from the outbox; the dispute and its
 * history are not.
 */
class HousekeepingRouteTest extends SharedSandboxRun {

  private static final String CHILD = "P300104";

  @Autowired JdbcTemplate jdbc;
  @Autowired DisputeEvents events;

  @Test
  void deliveredItemsPastTheirRetentionAreDeletedAndTheDisputeIsKept() {
    clock.set(Instant.parse("2026-12-01T10:00:00Z"));
    sandbox.record(NoteRequest.in(SandboxSystem.FWI_API, CHILD).action("raise").build());
    pollAndDeliver(SandboxSystem.FWI_API);
    var dispute = openDisputeOf(SandboxSystem.FWI_API, CHILD);
    String ref = dispute.reference().value();
    assertThat(delivered(ref)).isPositive();
    int history = events.of(dispute.reference()).size();

    clock.set(Instant.parse("2027-02-28T10:00:00Z"));
    camel.sendBody("direct:housekeeping", null);
    assertThat(delivered(ref)).as("89 days on").isPositive();

    clock.set(Instant.parse("2027-03-03T10:00:00Z"));
    camel.sendBody("direct:housekeeping", null);

    assertThat(delivered(ref)).isZero();
    assertThat(disputes.find(dispute.reference())).isPresent();
    assertThat(events.of(dispute.reference())).hasSize(history);
  }

  private int delivered(String reference) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM outbox WHERE reference = ? AND status = 'DELIVERED'",
            Integer.class,
            reference);
    return n == null ? 0 : n;
  }
}
