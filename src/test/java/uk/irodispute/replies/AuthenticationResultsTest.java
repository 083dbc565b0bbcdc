package uk.irodispute.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When the council requires it, a reply counts only with its mail server's DKIM or DMARC pass. */
class AuthenticationResultsTest {

  @Test
  void aPassFromTheCouncilsServerCountsAndOneFromAnotherServerDoesNot() {
    EmailAnswers answers = answers("mx.council.example");

    assertThat(answers.authenticated(reply("mx.council.example; dkim=pass header.d=council")))
        .isTrue();
    assertThat(answers.authenticated(reply("mx.council.example; spf=pass; dmarc=pass"))).isTrue();
    assertThat(answers.authenticated(reply("evil.example; dkim=pass header.d=council"))).isFalse();
    assertThat(answers.authenticated(reply("mx.council.example; dkim=fail; spf=pass"))).isFalse();
  }

  @Test
  void withNoServerNamedAnyPassCountsButNoHeaderNeverDoes() {
    EmailAnswers answers = answers("");

    assertThat(answers.authenticated(reply("relay.example; dmarc=pass"))).isTrue();
    assertThat(
            answers.authenticated(
                new Reply("<r@x>", "a@b", "s", List.of(), null, List.of(), false, "Respond")))
        .isFalse();
  }

  private static Reply reply(String authenticationResults) {
    return new Reply(
        "<r@x>", "a@b", "s", List.of(), null, List.of(authenticationResults), false, "Respond");
  }

  private static EmailAnswers answers(String server) {
    AnswerSettings settings =
        new AnswerSettings(
            true, "answers@council.example", "imaps://h", "u", "p", null, null, true, server);
    return new EmailAnswers(null, null, null, null, null, null, null, null, settings, null);
  }
}
