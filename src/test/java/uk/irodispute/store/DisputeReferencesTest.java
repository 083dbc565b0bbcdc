package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.MutableClock;

/** References are numbered from 1 in each year. */
class DisputeReferencesTest {

  private final TestStore store = TestStore.h2(new MutableClock(Instant.EPOCH));

  @Test
  void numbersRunOnWithinAYearAndStartAgainInTheNext() {
    Instant june = Instant.parse("2026-06-01T12:00:00Z");
    assertThat(next(june)).isEqualTo("DRP-2026-000001");
    assertThat(next(june)).isEqualTo("DRP-2026-000002");
    assertThat(next(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("DRP-2027-000001");
    assertThat(next(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("DRP-2026-000003");
    assertThat(next(Instant.parse("2027-03-01T09:00:00Z"))).isEqualTo("DRP-2027-000002");
  }

  private String next(Instant now) {
    return store.inTransaction(() -> store.references.next(now)).value();
  }
}
