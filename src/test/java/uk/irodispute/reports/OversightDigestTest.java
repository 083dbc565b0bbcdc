package uk.irodispute.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.reports.InMemoryDispute.london;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.delivery.Wording;
import uk.irodispute.reports.DigestContent.Entry;

/**
 * The digest covers the seven days up to when it is composed, the first moment excluded, so two
 * digests a week apart never list the same thing.
 */
class OversightDigestTest {

  private static final DigestWords ENGLISH = DigestWords.of(Wording.builtIn(), Wording.ENGLISH);

  private final OversightDigest digest =
      new OversightDigest(
          new DisputeRegister(InMemoryDispute.PROTOCOLS, InMemoryDispute.CALENDARS, s -> null),
          InMemoryDispute.PROTOCOLS);

  private final List<DisputeHistory> histories =
      List.of(
          InMemoryDispute.raise(
                  1, "restorative-iro-cp", "LAC", "drift-or-delay", null, "2026-05-11T10:00")
              .escalate("2026-05-13T10:00")
              .escalate("2026-05-13T15:00")
              .satisfied("2026-05-27T14:00")
              .history());

  @Test
  void aWeekListsWhatWasOpenedAndEscalatedInItUpToAndIncludingNow() {
    DigestContent c = digest.compose(histories, london("2026-05-13T15:00"));

    assertThat(c.week()).isEqualTo("2026-W20");
    assertThat(c.opened()).extracting(Entry::reference).containsExactly("DRP-2026-000001");
    assertThat(c.escalated())
        .extracting(ENGLISH::detail)
        .containsExactly(
            "from Informal stage to Head of Service (SARS) decides on the formal stage by the"
                + " chair, Wednesday 13 May 2026 at 10:00",
            "from Head of Service (SARS) decides on the formal stage to Level 1: Service Manager"
                + " by the chair, Wednesday 13 May 2026 at 15:00");
    assertThat(c.openByStage()).hasSize(1);
    assertThat(c.openByStage().get(0).stageName()).isEqualTo("Level 1: Service Manager");
    assertThat(ENGLISH.detail(c.openByStage().get(0).disputes().get(0)))
        .isEqualTo("2 working days so far; due Wednesday 20 May 2026 at 17:00");
  }

  @Test
  void aDisputeRaisedAtTheWeeksFirstMomentBelongsToTheWeekBefore() {
    DigestContent c = digest.compose(histories, london("2026-05-18T10:00"));

    assertThat(c.opened()).isEmpty();
    assertThat(c.escalated()).hasSize(2);
  }

  @Test
  void anEscalationByTheClockAndAClosureAreListedInTheirWeeks() {
    DigestContent escalatedByTheClock = digest.compose(histories, london("2026-05-21T12:00"));
    assertThat(escalatedByTheClock.escalated())
        .extracting(ENGLISH::detail)
        .containsExactly(
            "from Level 1: Service Manager to Level 2: Head of Service when the due time passed"
                + " with no response, Wednesday 20 May 2026 at 17:00");
    assertThat(escalatedByTheClock.overdue()).isEmpty();

    DigestContent closed = digest.compose(histories, london("2026-05-28T09:00"));
    assertThat(closed.closed())
        .extracting(ENGLISH::detail)
        .containsExactly("resolved at Level 2: Head of Service after 11 working days");
    assertThat(closed.openByStage()).isEmpty();
    assertThat(closed.quiet()).isFalse();
  }
}
