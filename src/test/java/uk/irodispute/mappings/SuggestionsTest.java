package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> KNOWN = List.of("next", "name", "timescale", "workingHours");

  @Test
  void suggestsACloseWord() {
    assertThat(Suggestions.closest("nxet", KNOWN)).contains("next");
    assertThat(Suggestions.closest("timescal", KNOWN)).contains("timescale");
    assertThat(Suggestions.closest("workinghours", KNOWN)).contains("workingHours");
  }

  @Test
  void suggestsNothingForADistantWord() {
    assertThat(Suggestions.closest("colour", KNOWN)).isEmpty();
    assertThat(Suggestions.closest("to", KNOWN)).isEmpty();
    assertThat(Suggestions.didYouMean("colour", KNOWN)).isEmpty();
  }

  @Test
  void countsASwapAsOneEdit() {
    assertThat(Suggestions.distance("nxet", "next")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void problemsPrintAsFileLineFieldMessage() {
    assertThat(new ConfigurationProblem("a.yaml", 3, "tracks[0].id", "bad"))
        .hasToString("a.yaml:3: tracks[0].id: bad");
    assertThat(new ConfigurationProblem("a.yaml", 1, "", "the file is empty"))
        .hasToString("a.yaml:1: the file is empty");
  }
}
