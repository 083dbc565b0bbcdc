package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.testing.MutableClock;

/**
 * A dispute note the screen refuses is kept as a dead letter and its author, where known, gets the
 * "Note not applied" mail through the outbox, in one transaction. Every person is invented.
 */
class RefusedNotesTest {

  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  private static final String TOO_LARGE =
      "the note's text is 70000 bytes, over the limit of 65536 bytes";

  private final MutableClock clock = new MutableClock(NOW);
  private final TestStore store = TestStore.h2(clock);

  @Test
  void aRefusedNoteIsKeptAndItsAuthorToldWhyAndWhatToRecordInstead() {
    CaseNote note = note(TestNotes.IRO);

    boolean kept = store.refused.keep(note, DeadLetterReason.NOTE_TOO_LARGE, TOO_LARGE);

    assertThat(kept).isTrue();
    assertThat(reasonKept()).isEqualTo(TOO_LARGE + "; its author is told by mail");
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.idempotencyKey()).isEqualTo("note/test-lcs:N-9@1/rejected/mail");
              var mail = (Delivery.Mail) i.delivery();
              assertThat(mail.to()).containsExactly("iris.example@council.example");
              assertThat(mail.plainText())
                  .startsWith("NOTE_TOO_LARGE")
                  .contains(TOO_LARGE)
                  .doesNotContain(TestNotes.TEXT, TestNotes.PERSON);
            });
  }

  @Test
  void aRefusedNoteIsKeptOnceAndItsAuthorToldOnce() {
    CaseNote note = note(TestNotes.IRO);
    store.refused.keep(note, DeadLetterReason.NOTE_TOO_LARGE, TOO_LARGE);

    boolean again = store.refused.keep(note, DeadLetterReason.NOTE_TOO_LARGE, TOO_LARGE);

    assertThat(again).isFalse();
    assertThat(store.count("dead_letters")).isEqualTo(1);
    assertThat(store.count("outbox")).isEqualTo(1);
  }

  @Test
  void aRefusedNoteWhoseAuthorHasNoAddressKnownIsKeptAndSaysNobodyIsTold() {
    CaseNote note = note(new CaseWorker(null, "W-UNKNOWN", "Uma Example", null, "IRO service"));

    store.refused.keep(note, DeadLetterReason.NOTE_TOO_LARGE, TOO_LARGE);

    assertThat(reasonKept())
        .isEqualTo(TOO_LARGE + "; its author has no address known, so nobody is told");
    assertThat(store.count("outbox")).isZero();
  }

  private String reasonKept() {
    return store
        .jdbc
        .getJdbcTemplate()
        .queryForObject("SELECT reason FROM dead_letters", String.class);
  }

  private static CaseNote note(CaseWorker author) {
    return TestNotes.note(
        "N-9",
        "1",
        "IRO-DISPUTE",
        NOW,
        Map.of("protocol", "day-range-lac-cp"),
        author,
        TestNotes.PERSON);
  }
}
