package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.MutableClock;

/**
 * Issue 18, finding 6: "there is no erasure for a person". Erasing a child removes their disputes
 * and all the adapter holds about them, leaves other children's alone, and is audited.
 */
class ErasureTest {

  static final Instant START = Instant.parse("2026-11-04T10:00:00Z");
  static final String OTHER_CHILD = "PERSON-2002";

  private TestStore store;

  @BeforeEach
  void store() {
    store = TestStore.h2(new MutableClock(START));
  }

  @Test
  void erasingAChildRemovesTheirDisputesEventsStaffAndDeliveriesAndAuditsIt() {
    store.intake.take(TestNotes.raise("N-1", "1", START));
    store.intake.take(
        TestNotes.note(
            "N-2",
            "1",
            "IRO-DISPUTE",
            START,
            Map.of("protocol", "day-range-lac-cp", "track", "CP"),
            TestNotes.IRO,
            OTHER_CHILD));
    OutboxItem failing =
        store.outbox.claimDue(100).stream()
            .filter(i -> TestNotes.PERSON.equals(personOf(i.reference())))
            .findFirst()
            .orElseThrow();
    store.deadLetters.recordDelivery(failing.id(), null, TestNotes.SYSTEM, "failed at last");
    int otherEvents = rowsOf("dispute_events", OTHER_CHILD);
    int otherContacts = rowsOf("case_contacts", OTHER_CHILD);
    int otherDeliveries = rowsOf("outbox", OTHER_CHILD);
    assertThat(otherContacts).isPositive();

    Erasure.Erased erased = store.erasure.erase(TestNotes.PERSON, "ops.alex");

    assertThat(erased.disputes()).isEqualTo(1);
    assertThat(erased.events()).isPositive();
    assertThat(erased.contacts()).isPositive();
    assertThat(erased.deliveries()).isPositive();
    assertThat(erased.deadLetters()).isEqualTo(1);
    assertThat(store.count("disputes")).isEqualTo(1);
    assertThat(store.count("dispute_events")).isEqualTo(otherEvents);
    assertThat(store.count("case_contacts")).isEqualTo(otherContacts);
    assertThat(store.count("outbox")).isEqualTo(otherDeliveries);
    assertThat(store.count("dead_letters")).isZero();
    assertThat(
            store.jdbc.queryForMap(
                "SELECT actor, disputes, events, contacts, deliveries, dead_letters FROM erasures",
                Map.of()))
        .containsEntry("ACTOR", "ops.alex")
        .containsEntry("DISPUTES", 1)
        .containsEntry("DEAD_LETTERS", 1)
        .doesNotContainValue(TestNotes.PERSON);
  }

  @Test
  void aNoteOfAnErasedChildReadAgainIsNotTakenAgain() {
    store.intake.take(TestNotes.raise("N-1", "1", START));
    store.erasure.erase(TestNotes.PERSON, "ops.alex");

    store.intake.take(TestNotes.raise("N-1", "1", START));

    assertThat(store.count("disputes")).isZero();
    assertThat(store.count("processed_notes")).isEqualTo(1);
    assertThat(
            store.jdbc.queryForObject(
                "SELECT COUNT(*) FROM processed_notes WHERE reference IS NOT NULL",
                Map.of(),
                Integer.class))
        .isZero();
  }

  @Test
  void erasingAChildTheAdapterNeverHeardOfIsAuditedAndRemovesNothing() {
    store.intake.take(TestNotes.raise("N-1", "1", START));

    Erasure.Erased erased = store.erasure.erase("PERSON-UNKNOWN", "ops.alex");

    assertThat(erased).isEqualTo(new Erasure.Erased(0, 0, 0, 0, 0));
    assertThat(store.count("disputes")).isEqualTo(1);
    assertThat(store.count("erasures")).isEqualTo(1);
  }

  private String personOf(String reference) {
    return store.jdbc.queryForObject(
        "SELECT person_id FROM disputes WHERE reference = :r",
        Map.of("r", reference),
        String.class);
  }

  private int rowsOf(String table, String person) {
    Integer rows =
        store.jdbc.queryForObject(
            "SELECT COUNT(*) FROM "
                + table
                + " t WHERE t.reference IN (SELECT reference FROM disputes WHERE person_id = :p)",
            Map.of("p", person),
            Integer.class);
    return rows == null ? 0 : rows;
  }
}
