package uk.irodispute.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

  private static final String KEY = "an-invented-council-key-for-tests";

  @Test
  void theSamePersonHasTheSamePseudonymUnderTheSameKeyAndNeverTheirId() {
    String first = Pseudonyms.withKey(KEY).of("P300101");

    assertThat(first).matches("p-[0-9a-f]{16}").doesNotContain("P300101").doesNotContain("300101");
    assertThat(Pseudonyms.withKey(KEY).of("P300101")).as("another node, same key").isEqualTo(first);
    assertThat(Pseudonyms.withKey(KEY).of("P300102")).isNotEqualTo(first);
  }

  @Test
  void anotherKeyGivesAnotherPseudonym() {
    assertThat(Pseudonyms.withKey(KEY + "-other").of("P300101"))
        .isNotEqualTo(Pseudonyms.withKey(KEY).of("P300101"));
    assertThat(Pseudonyms.withRandomKey().of("P300101"))
        .isNotEqualTo(Pseudonyms.withRandomKey().of("P300101"));
  }

  @Test
  void aShortKeyIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> Pseudonyms.withKey("short-key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IRO_PSEUDONYM_KEY")
        .hasMessageContaining("16")
        .hasMessageNotContaining("short-key");
  }

  @Test
  void noPersonHasAFixedPseudonym() {
    assertThat(Pseudonyms.withKey(KEY).of(null)).isEqualTo("p-none");
  }
}
