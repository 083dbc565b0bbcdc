package uk.irodispute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The back-fill benchmark's own check, at a size that runs in every build (no timing is asserted):
 * every note in the sandbox is read by the baseline and taken by the adapter, every dispute note
 * opens its dispute, and everything the adapter decided is delivered.
 */
class BackFillTest {

  @Test
  void everyNoteIsTakenAndEveryDeliveryMadeOnH2() {
    Path work = Path.of("target", "bench-test");
    BackFill.Result result =
        BackFill.run(BenchDatabase.h2(work.resolve("h2-backfill")), work, 1_000, 0.02);

    assertThat(result.notes()).as("the bulk and the sandbox's own four visits").isEqualTo(1_004);
    assertThat(result.disputes()).isEqualTo(20);
    assertThat(result.deliveries()).isGreaterThanOrEqualTo(40);
    assertThat(result.mails()).isPositive();
    assertThat(result.baselineSeconds()).isPositive();
    assertThat(result.adapterSeconds()).isPositive();
  }
}
