package uk.irodispute.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.mappings.ProtocolFileLoader;
import uk.irodispute.replies.AnswerWords.Answer;
import uk.irodispute.replies.AnswerWords.From;
import uk.irodispute.replies.AnswerWords.Kind;

/** The response a reply's first line gives, on two shipped protocols. */
class AnswerWordsTest {

  private static final ProtocolRegistry PROTOCOLS =
      new ProtocolRegistry(new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols")));

  /** Has response types: agree, uphold, alternative, no-action. */
  private static final Protocol RESTORATIVE = PROTOCOLS.latest("restorative-iro-cp").orElseThrow();

  /** Has none. */
  private static final Protocol DAY_RANGE = PROTOCOLS.latest("day-range-lac-cp").orElseThrow();

  @Test
  void aResponseTypeIsGivenByItsIdOrNameWhateverTheCaseAndPunctuation() {
    assertThat(answer(RESTORATIVE, "\n  No action.\nWe will not move the placement."))
        .map(Answer::responseType)
        .contains("no-action");
    assertThat(answer(RESTORATIVE, "UPHOLD - the decision stands"))
        .map(Answer::responseType)
        .contains("uphold");
    assertThat(answer(RESTORATIVE, "Proposes an alternative course of action"))
        .map(Answer::responseType)
        .contains("alternative");
  }

  @Test
  void respondIsAResponseOnlyWhereTheProtocolHasNoResponseTypes() {
    assertThat(answer(DAY_RANGE, "Respond\nDone.")).map(Answer::kind).contains(Kind.RESPOND);
    assertThat(answer(DAY_RANGE, "Respond\nDone.")).map(Answer::from).contains(From.STAGE);
    assertThat(answer(RESTORATIVE, "Respond\nDone.")).isEmpty();
  }

  @Test
  void theChairsWordsAreSatisfiedEscalateAndNotSatisfied() {
    assertThat(answer(DAY_RANGE, "Satisfied.")).map(Answer::kind).contains(Kind.SATISFIED);
    assertThat(answer(DAY_RANGE, "Not satisfied")).map(Answer::kind).contains(Kind.ESCALATE);
    assertThat(answer(DAY_RANGE, "escalate please")).map(Answer::from).contains(From.CHAIR);
  }

  @Test
  void aWordInsideAnotherOrOnALaterLineGivesNoResponse() {
    assertThat(answer(RESTORATIVE, "Agreed in principle")).isEmpty();
    assertThat(answer(DAY_RANGE, "Thanks, will look.\nRespond")).isEmpty();
    assertThat(answer(DAY_RANGE, "")).isEmpty();
  }

  @Test
  void theRestIsTheTextBelowTheFirstLine() {
    assertThat(AnswerWords.rest("\nRespond\nLine one.\n\nLine two.\n"))
        .isEqualTo("Line one.\n\nLine two.");
    assertThat(AnswerWords.rest("Satisfied")).isEmpty();
  }

  @Test
  void theWordsOfferedInARefusalAreEachResponseOnce() {
    assertThat(AnswerWords.wordsFor(RESTORATIVE, From.STAGE))
        .containsExactly("agree", "alternative", "no action", "uphold");
    assertThat(AnswerWords.wordsFor(DAY_RANGE, From.STAGE)).containsExactly("respond");
    assertThat(AnswerWords.wordsFor(DAY_RANGE, From.CHAIR))
        .containsExactly("escalate", "not satisfied", "satisfied");
  }

  private static Optional<Answer> answer(Protocol protocol, String text) {
    return AnswerWords.first(protocol, text);
  }
}
