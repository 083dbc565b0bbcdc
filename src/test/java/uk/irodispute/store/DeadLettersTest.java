package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.MutableClock;

/** Notes the adapter could not take are kept once each, with their reason, for operations. */
class DeadLettersTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-04T10:00:00Z"));
  private final TestStore store = TestStore.h2(clock);

  @Test
  void aNoteReadAgainWhileOpenIsRecordedOnce() {
    DeadLetters letters = store.deadLetters;

    assertThat(
            letters.recordNote(
                "lcs-api", "N-1", "3", DeadLetterReason.UNREADABLE_NOTE, "no value at /id"))
        .isTrue();
    assertThat(
            letters.recordNote(
                "lcs-api", "N-1", "3", DeadLetterReason.UNREADABLE_NOTE, "no value at /id"))
        .isFalse();
    assertThat(
            letters.recordNote(
                "lcs-api", "N-1", "4", DeadLetterReason.UNREADABLE_NOTE, "no value at /id"))
        .as("another version")
        .isTrue();
    assertThat(
            letters.recordNote(
                "lcs-api", "position 2", null, DeadLetterReason.UNREADABLE_NOTE, "no id"))
        .isTrue();
    assertThat(
            letters.recordNote(
                "lcs-api", "position 2", null, DeadLetterReason.UNREADABLE_NOTE, "no id"))
        .isFalse();

    assertThat(letters.inStatus(DeadLetter.Status.OPEN))
        .extracting(DeadLetter::noteId, DeadLetter::noteVersion, DeadLetter::recordedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("N-1", "3", clock.instant()),
            org.assertj.core.groups.Tuple.tuple("N-1", "4", clock.instant()),
            org.assertj.core.groups.Tuple.tuple("position 2", null, clock.instant()));
  }

  @Test
  void aLongReasonIsShortened() {
    store.deadLetters.recordNote(
        "lcs-api", "N-1", "1", DeadLetterReason.NOTE_TOO_LARGE, "x".repeat(5000));

    assertThat(store.deadLetters.inStatus(DeadLetter.Status.OPEN).get(0).reason())
        .hasSize(DeadLetters.MOST_REASON_CHARACTERS);
  }

  @Test
  void aNoteVersionIsHeldWhileItsDeadLetterIsOpenOrDiscardedButNotOnceReplayed() {
    DeadLetters letters = store.deadLetters;
    letters.recordNote("lcs-api", "N-1", "3", DeadLetterReason.DATE_OUT_OF_RANGE, "future");
    letters.recordNote("lcs-api", "N-2", "1", DeadLetterReason.NOTE_TOO_LARGE, "too large");
    letters.recordNote("lcs-api", "N-3", "1", DeadLetterReason.MISSING_SUBJECT, "no child");
    setStatus("N-2", "DISCARDED");
    setStatus("N-3", "REPLAYED");

    assertThat(letters.holds("lcs-api", "N-1", "3")).isTrue();
    assertThat(letters.holds("lcs-api", "N-1", "4")).as("another version").isFalse();
    assertThat(letters.holds("fwi-api", "N-1", "3")).as("another system").isFalse();
    assertThat(letters.holds("lcs-api", "N-2", "1")).as("discarded").isTrue();
    assertThat(letters.holds("lcs-api", "N-3", "1")).as("replayed").isFalse();
  }

  private void setStatus(String noteId, String status) {
    store
        .jdbc
        .getJdbcTemplate()
        .update("UPDATE dead_letters SET status = ? WHERE note_id = ?", status, noteId);
  }
}
