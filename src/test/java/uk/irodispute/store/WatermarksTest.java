package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.MutableClock;

/** Each source's watermark is kept apart and replaced as the poll advances it. */
class WatermarksTest {

  private final TestStore store =
      TestStore.h2(new MutableClock(Instant.parse("2026-11-04T10:00:00Z")));

  @Test
  void aSourceNeverReadHasNoWatermark() {
    assertThat(store.watermarks.get("lcs-api")).isEqualTo(Watermark.NONE);
    assertThat(Watermark.NONE.isNone()).isTrue();
  }

  @Test
  void advancingReplacesTheWatermarkOfThatSourceOnly() {
    Watermark first = new Watermark(Instant.parse("2026-11-04T09:00:00Z"), "N-100", null);
    Watermark second = new Watermark(Instant.parse("2026-11-04T09:30:00Z"), "N-140", "c3Rh");

    store.watermarks.advance("lcs-api", first);
    store.watermarks.advance("fwi-api", first);
    store.watermarks.advance("lcs-api", second);

    assertThat(store.watermarks.get("lcs-api")).isEqualTo(second);
    assertThat(store.watermarks.get("fwi-api")).isEqualTo(first);
    assertThat(second.isNone()).isFalse();
    assertThat(store.count("source_watermarks")).isEqualTo(2);
  }
}
