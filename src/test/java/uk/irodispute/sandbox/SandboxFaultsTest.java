package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The fault switches of one system, on their own: order, counts, targets and what takes what. */
class SandboxFaultsTest {

  final List<String> outages = new ArrayList<>();
  final SandboxFaults.Outage outage =
      new SandboxFaults.Outage() {
        @Override
        public void begin(FaultTarget target) {
          outages.add("begin " + target.id());
        }

        @Override
        public void end() {
          outages.add("end");
        }
      };

  SandboxFaults api() {
    return new SandboxFaults(SandboxSystem.LCS_API, null);
  }

  static Optional<FaultKind> poll(SandboxFaults faults) {
    return faults.take(SandboxRequest.POLL, true).map(Fault::kind);
  }

  @Test
  void faultsFallInTheOrderArmedAndDisarmAfterTheirCount() {
    SandboxFaults faults = api();
    faults.arm(Fault.serverErrors(2));
    faults.arm(Fault.slow(1, Duration.ofMillis(10)));

    assertThat(faults.armed()).extracting(Fault::times).containsExactly(2, 1);
    assertThat(poll(faults)).contains(FaultKind.SERVER_ERROR);
    assertThat(faults.armed()).extracting(Fault::times).containsExactly(1, 1);
    assertThat(poll(faults)).contains(FaultKind.SERVER_ERROR);
    assertThat(poll(faults)).contains(FaultKind.SLOW);
    assertThat(poll(faults)).isEmpty();
    assertThat(faults.armed()).isEmpty();
  }

  @Test
  void aHeldRequestWaitsUntilTheFaultsAreCleared() {
    SandboxFaults faults = api();
    faults.arm(Fault.held(1));

    CompletableFuture<Optional<FaultKind>> held = CompletableFuture.supplyAsync(() -> poll(faults));
    await().atMost(Duration.ofSeconds(30)).until(() -> faults.armed().isEmpty());
    assertThat(held).as("nothing has let the request go").isNotDone();
    assertThat(poll(faults)).as("the next request is not held").isEmpty();

    faults.clear();
    assertThat(held).succeedsWithin(Duration.ofSeconds(30)).isEqualTo(Optional.of(FaultKind.HELD));
  }

  @Test
  void aFaultFallsOnlyOnTheRequestsItsTargetCovers() {
    SandboxFaults faults = api();
    faults.arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS));

    assertThat(poll(faults)).isEmpty();
    assertThat(faults.take(SandboxRequest.TOKEN, false)).isEmpty();
    assertThat(faults.take(SandboxRequest.WRITE_BACK, false)).isPresent();

    faults.arm(Fault.rateLimited(1, null).on(FaultTarget.ALL));
    assertThat(faults.take(SandboxRequest.TOKEN, false).map(Fault::kind))
        .contains(FaultKind.RATE_LIMITED);
  }

  @Test
  void aFaultUntilClearedStaysUntilCleared() {
    SandboxFaults faults = api();
    faults.arm(Fault.serverErrors(1).untilCleared());

    for (int i = 0; i < 5; i++) {
      assertThat(poll(faults)).contains(FaultKind.SERVER_ERROR);
    }
    faults.clear();
    assertThat(poll(faults)).isEmpty();
  }

  @Test
  void onlyAPageWithNotesTakesADuplicateNote() {
    SandboxFaults faults = api();
    faults.arm(Fault.duplicateNotes(1));

    assertThat(faults.take(SandboxRequest.POLL, false)).isEmpty();
    assertThat(faults.armed()).hasSize(1);
    assertThat(poll(faults)).contains(FaultKind.DUPLICATE_NOTE);
    assertThatThrownBy(() -> Fault.duplicateNotes(1).on(FaultTarget.WRITE_BACKS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReportingDatabaseTakesOnlyOfflineWhichLastsUntilCleared() {
    SandboxFaults faults = new SandboxFaults(SandboxSystem.LCS_REPORTING, outage);

    assertThatThrownBy(() -> faults.arm(Fault.serverErrors(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only the offline fault");
    faults.arm(Fault.offline());
    faults.arm(Fault.offline().on(FaultTarget.ALL));
    assertThat(faults.armed()).singleElement().extracting(Fault::target).isEqualTo(FaultTarget.ALL);
    faults.clear();
    faults.clear();

    assertThat(outages).containsExactly("end", "begin polls", "end", "begin all", "end");
  }

  @Test
  void anApiCannotGoOfflineAndAFaultNeedsARequest() {
    assertThatThrownBy(() -> api().arm(Fault.offline()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only the reporting database goes offline");
    assertThatThrownBy(() -> Fault.serverErrors(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHttpSwitchReadsKindTimesTargetAndDelay() {
    Fault fault =
        FaultSwitches.fault(
            Map.of("kind", "slow", "times", "3", "target", "write-backs", "delay", "2s"));
    assertThat(fault)
        .isEqualTo(new Fault(FaultKind.SLOW, FaultTarget.WRITE_BACKS, 3, Duration.ofSeconds(2)));
    assertThat(FaultSwitches.fault(Map.of("kind", "server-error", "times", "until-cleared")))
        .isEqualTo(Fault.serverErrors(1).untilCleared());
    assertThat(FaultSwitches.fault(Map.of("kind", "offline"))).isEqualTo(Fault.offline());
    assertThatThrownBy(() -> FaultSwitches.fault(Map.of("kind", "gremlins")))
        .hasMessageContaining("server-error");
    assertThatThrownBy(() -> FaultSwitches.fault(Map.of("kind", "slow", "delay", "soon")))
        .hasMessageContaining("delay");
  }
}
