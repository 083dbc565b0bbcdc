package uk.irodispute.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The answers mailbox's settings: off by default, and when on, read over IMAPS. */
class AnswerSettingsTest {

  @Test
  void offNothingIsRequiredAndAlertsCarryNoReplyTo() {
    AnswerSettings off = settings(false, "", "");
    assertThat(off.replyTo()).isNull();
    assertThat(off.folder()).isEqualTo("INBOX");
    assertThat(off.cron()).isEqualTo("0 * * * * ?");
  }

  @Test
  void onItNeedsAnAddressAndAnImapsUrl() {
    assertThat(
            settings(true, "answers@council.example", "imaps://mail.council.example:993").replyTo())
        .isEqualTo("answers@council.example");
    assertThatThrownBy(() -> settings(true, "", "imaps://mail.council.example:993"))
        .hasMessageContaining("iro.answers.address");
    assertThatThrownBy(() -> settings(true, "answers@council.example", "pop3://mail:110"))
        .hasMessageContaining("iro.answers.url")
        .hasMessageContaining("imaps://");
  }

  @Test
  void onItNeedsAUserAndACronSchedule() {
    assertThatThrownBy(
            () ->
                new AnswerSettings(
                    true, "a@council.example", "imaps://h:993", " ", "p", null, null, false, null))
        .isInstanceOfSatisfying(
            AnswerSettings.InvalidSetting.class,
            e -> assertThat(e.setting()).isEqualTo("iro.answers.username"));
    assertThatThrownBy(
            () ->
                new AnswerSettings(
                    true,
                    "a@council.example",
                    "imaps://h:993",
                    "u",
                    "p",
                    null,
                    "60000",
                    false,
                    null))
        .isInstanceOfSatisfying(
            AnswerSettings.InvalidSetting.class,
            e -> assertThat(e.setting()).isEqualTo("iro.answers.cron"))
        .hasMessageContaining("IRO_ANSWERS_CRON");
  }

  @Test
  void imapInClearOnlyOnLoopback() {
    assertThat(settings(true, "a@council.example", "imap://127.0.0.1:${local.sandbox.imap.port}"))
        .isNotNull();
    assertThatThrownBy(() -> settings(true, "a@council.example", "imap://mail.council.example:143"))
        .hasMessageContaining("in clear");
  }

  @Test
  void imapInClearOnIpv6Loopback() {
    assertThat(settings(true, "a@council.example", "imap://[::1]:143").replyTo())
        .isEqualTo("a@council.example");
    assertThatThrownBy(() -> settings(true, "a@council.example", "imap://[2001:db8::1]:143"))
        .hasMessageContaining("in clear");
  }

  @Test
  void thePasswordIsNeverPrinted() {
    assertThat(settings(true, "a@council.example", "imaps://h:993").toString())
        .doesNotContain("s3cret");
  }

  private static AnswerSettings settings(boolean enabled, String address, String url) {
    return new AnswerSettings(enabled, address, url, "user", "s3cret", null, null, false, null);
  }
}
