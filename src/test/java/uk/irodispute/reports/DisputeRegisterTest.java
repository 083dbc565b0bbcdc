package uk.irodispute.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.reports.InMemoryDispute.london;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A register row tells what had happened by the time asked about, and nothing after; working days
 * are counted on the protocol's calendar.
 */
class DisputeRegisterTest {

  private final DisputeRegister register =
      new DisputeRegister(
          InMemoryDispute.PROTOCOLS,
          InMemoryDispute.CALENDARS,
          subject -> "https://lcs.council.example/case/" + subject.caseId());

  /**
   * Seed 002: informal from Monday 11 May 2026, escalated by the chair to level 1, which escalates
   * by itself to level 2 when its due time (Wednesday 20 May) passes; resolved on 27 May.
   */
  private final InMemoryDispute escalated =
      InMemoryDispute.raise(
              1, "restorative-iro-cp", "LAC", "drift-or-delay", null, "2026-05-11T10:00")
          .escalate("2026-05-13T10:00")
          .escalate("2026-05-13T15:00")
          .satisfied("2026-05-27T14:00");

  @Test
  void aClosedDisputesRowHasItsOutcomeAndTheWorkingDaysPastTheLateMayBankHoliday() {
    RegisterRow row = register.row(escalated.history(), london("2026-06-30T12:00"));

    assertThat(row.reference()).isEqualTo("DRP-2026-000001");
    assertThat(row.caseLink()).isEqualTo("https://lcs.council.example/case/CASE-2001");
    assertThat(row.status()).isEqualTo("resolved");
    assertThat(row.closedAt()).isEqualTo(london("2026-05-27T14:00"));
    assertThat(row.stageReached()).isEqualTo("level-2");
    assertThat(row.stageReachedName()).isEqualTo("Level 2: Head of Service");
    assertThat(row.formal()).isTrue();
    assertThat(row.currentStage()).isNull();
    assertThat(row.dueAt()).isNull();
    assertThat(row.workingDays()).as("12 to 29 May less Monday 25 May").isEqualTo(11);
    assertThat(row.breachedStages()).as("level 1 was due on 20 May").isEqualTo(1);
  }

  @Test
  void asAtAnEarlierTimeTheSameDisputeIsOpenAtTheStageItHadReached() {
    RegisterRow row = register.row(escalated.history(), london("2026-05-14T12:00"));

    assertThat(row.status()).isEqualTo("open");
    assertThat(row.closedAt()).isNull();
    assertThat(row.stageReached()).isEqualTo("level-1");
    assertThat(row.currentStage()).isEqualTo("level-1");
    assertThat(row.dueAt()).isEqualTo(london("2026-05-20T17:00"));
    assertThat(row.overdue()).isFalse();
    assertThat(row.workingDays()).isEqualTo(3);
    assertThat(row.breachedStages()).as("the breach on 20 May had not happened").isZero();

    RegisterRow before = register.row(escalated.history(), london("2026-05-12T12:00"));
    assertThat(before.stageReached()).isEqualTo("informal");
    assertThat(before.formal()).isFalse();
  }

  @Test
  void aDisputeRaisedAfterTheTimeAskedAboutIsNotInTheRegister() {
    assertThat(register.rows(List.of(escalated.history()), london("2026-05-11T09:59"))).isEmpty();
    assertThat(register.rows(List.of(escalated.history()), london("2026-05-11T10:00"))).hasSize(1);
  }

  @Test
  void aTimeOutIsCountedAndTheDisputeIsPausedWhileItLasts() {
    InMemoryDispute paused =
        InMemoryDispute.raise(2, "ir-stages-flowchart", "LAC", null, "ir1", "2026-09-08T10:00")
            .pause("2026-09-09T10:00", "iro-team-manager");

    RegisterRow during = register.row(paused.history(), london("2026-09-15T10:00"));
    assertThat(during.status()).isEqualTo("paused");
    assertThat(during.timeOuts()).isEqualTo(1);
    assertThat(during.overdue()).as("nothing is overdue in a time out").isFalse();
    assertThat(during.category()).isEqualTo("other");
    assertThat(during.categoryName()).isEqualTo("Other");

    paused.resume("2026-09-16T10:00");
    RegisterRow after = register.row(paused.history(), london("2026-09-22T10:00"));
    assertThat(after.status()).isEqualTo("open");
    assertThat(after.dueAt())
        .as("due Monday 14 September, moved by five working days paused")
        .isEqualTo(london("2026-09-21T17:00"));
    assertThat(after.overdue()).isTrue();
    assertThat(after.breachedStages()).as("not ticked past the due time yet").isZero();
  }

  @Test
  void workingDaysCountTheDaysAfterTheRaisedDateUpToTheClosingDate() {
    var calendar =
        InMemoryDispute.CALENDARS.forSettings(
            InMemoryDispute.PROTOCOLS.latest("restorative-iro-cp").orElseThrow().calendar());

    assertThat(
            DisputeRegister.workingDays(
                calendar, london("2026-12-23T10:00"), london("2026-12-23T16:00")))
        .isZero();
    assertThat(
            DisputeRegister.workingDays(
                calendar, london("2026-12-23T10:00"), london("2027-01-05T11:00")))
        .as("24, 29, 30, 31 December, 4 and 5 January")
        .isEqualTo(6);
  }
}
