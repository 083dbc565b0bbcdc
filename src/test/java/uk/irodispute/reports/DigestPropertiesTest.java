package uk.irodispute.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The digest's day and time become its Quartz schedule; a wrong one names its property. */
class DigestPropertiesTest {

  @Test
  void theDayAndTimeBecomeACronExpressionForTheQuartzUri() {
    assertThat(new DigestProperties(true, "hos-sars", "monday", "08:00").cron())
        .isEqualTo("0+0+8+?+*+MON");
    assertThat(new DigestProperties(true, "hos-sars", "FRIDAY", "16:45").cron())
        .isEqualTo("0+45+16+?+*+FRI");
  }

  @Test
  void aWrongValueNamesItsProperty() {
    assertThatThrownBy(() -> new DigestProperties(true, "hos-sars", "Mon", "08:00"))
        .hasMessageContaining("iro.digest.day: 'Mon' is not a day of the week");
    assertThatThrownBy(() -> new DigestProperties(true, "hos-sars", "MONDAY", "8am"))
        .hasMessageContaining("iro.digest.time: '8am' is not a time of day");
    assertThatThrownBy(() -> new DigestProperties(true, " ", "MONDAY", "08:00"))
        .hasMessageContaining("iro.digest.role");
  }
}
