package uk.irodispute.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  private final Redaction redaction = new Redaction();

  @Test
  void everyOccurrenceOfARegisteredSecretIsMasked() {
    redaction.register("s3cret-value");

    assertThat(redaction.redact("refused s3cret-value, then s3cret-value again"))
        .isEqualTo("refused [redacted], then [redacted] again");
  }

  @Test
  void theUrlEncodedFormIsMaskedToo() {
    redaction.register("p@ss word+1");

    assertThat(redaction.redact("GET /token?secret=p%40ss+word%2B1 failed"))
        .isEqualTo("GET /token?secret=[redacted] failed");
  }

  @Test
  void aSecretContainingAnotherIsMaskedWhole() {
    redaction.register("abcd");
    redaction.register("xxabcdxx");

    assertThat(redaction.redact("token xxabcdxx and abcd"))
        .isEqualTo("token [redacted] and [redacted]");
  }

  @Test
  void valuesTooShortToBeSecretsAndEmptyTextAreLeftAlone() {
    redaction.register("");
    redaction.register(null);
    redaction.register("abc");

    assertThat(redaction.redact("abc abcd")).isEqualTo("abc abcd");
    assertThat(redaction.redact("")).isEmpty();
    assertThat(redaction.redact(null)).isNull();
  }
}
