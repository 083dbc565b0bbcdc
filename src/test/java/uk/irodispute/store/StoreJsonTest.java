package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;

/** What the stored JSON looks like, for someone reading the database. */
class StoreJsonTest {

  private final StoreJson json = new StoreJson();

  @Test
  void aDisputeIsWrittenWithItsReferenceAsTextAndTimesAsIsoInstants() {
    Instant raised = Instant.parse("2026-11-04T10:00:00Z");
    Dispute dispute =
        TestStore.ENGINE
            .raise(
                new Command.Raise(
                    "N-1@1",
                    raised,
                    DisputeReference.of(2026, 42),
                    "day-range-lac-cp",
                    new Subject("test-lcs", "PERSON-1001", "CASE-2001"),
                    "IRO-7",
                    "CP",
                    null,
                    null,
                    null,
                    null,
                    Set.of(),
                    false,
                    Concerns.CHILDRENS_SERVICES),
                raised)
            .dispute()
            .orElseThrow();

    String written = json.write(dispute);

    assertThat(written)
        .contains("\"reference\":\"DRP-2026-000042\"")
        .contains("\"raisedAt\":\"2026-11-04T10:00:00Z\"")
        .contains("\"dueAt\":\"2026-11-05T17:00:00Z\"")
        .doesNotContain("\"open\"");
  }

  @Test
  void detailsAreAFlatObject() {
    assertThat(json.writeDetails(Map.of("track", "CP"))).isEqualTo("{\"track\":\"CP\"}");
  }

  @Test
  void unreadableJsonIsNamedWithoutItsContent() {
    Throwable failure = catchThrowable(() -> json.readDispute("{\"chairId\": \"Iris Example\""));

    assertThat(failure)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("stored Dispute is not readable JSON")
        .hasMessageNotContaining("Iris");
  }
}
