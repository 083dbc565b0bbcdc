package uk.irodispute.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/** An integration table's unique-key refusal means the row is there already: delivered. */
class UniqueKeyRefusalTest {

  @Test
  void aUniqueKeyRefusalIsRecognisedAndOtherRefusalsAreNot() {
    assertThat(OutboxSending.uniqueKeyRefused(new DuplicateKeyException("IMPORT_KEY"))).isTrue();
    assertThat(
            OutboxSending.uniqueKeyRefused(
                new IllegalStateException(new SQLException("duplicate", "23505"))))
        .isTrue();
    assertThat(
            OutboxSending.uniqueKeyRefused(
                new DataIntegrityViolationException("null", new SQLException("not null", "23502"))))
        .isFalse();
    assertThat(OutboxSending.uniqueKeyRefused(null)).isFalse();
  }
}
