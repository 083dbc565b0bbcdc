package uk.irodispute.console;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.reports.DisputeRegister;
import uk.irodispute.reports.RegisterRow;
import uk.irodispute.reports.StoredHistories;

/**
 * The open disputes grouped by protocol and stage, in the order of the protocol's stages, each with
 * its due time and whether it is overdue (as the register counts it: open, not in a time out, past
 * its stage's due time), or past the protocol's overall limit. A dispute is its reference and the
 * system file's case link: never a child's name.
 */
@Component
class OpenDisputesByStage {

  private final StoredHistories histories;
  private final DisputeRegister register;
  private final ProtocolRegistry protocols;
  private final Clock clock;

  OpenDisputesByStage(
      StoredHistories histories,
      DisputeRegister register,
      ProtocolRegistry protocols,
      Clock clock) {
    this.histories = histories;
    this.register = register;
    this.protocols = protocols;
    this.clock = clock;
  }

  /** One stage of one protocol, with its open disputes, the most overdue first. */
  record Stage(
      String protocol, String stage, String stageName, List<Dispute> disputes, long overdue) {}

  /**
   * One open dispute.
   *
   * @param due its stage's due time in London, or {@code no fixed time}
   * @param overdue past its stage's due time, or past the protocol's overall limit
   * @param why what is overdue, or empty
   * @param paused in a time out (its clock stopped)
   */
  record Dispute(
      String reference,
      String protocol,
      String stage,
      String track,
      String due,
      boolean overdue,
      String why,
      boolean paused,
      String raised,
      String caseLink) {}

  List<Stage> stages() {
    Instant now = clock.instant();
    Map<List<String>, List<RegisterRow>> byStage = new LinkedHashMap<>();
    for (RegisterRow row : register.rows(histories.open(), now)) {
      if (!row.closed()) {
        byStage
            .computeIfAbsent(List.of(row.protocol(), row.currentStage()), k -> new ArrayList<>())
            .add(row);
      }
    }
    return byStage.values().stream()
        .map(rows -> stage(rows, now))
        .sorted(
            Comparator.comparing(Stage::protocol)
                .thenComparingInt(s -> order(s.protocol(), s.stage()))
                .thenComparing(Stage::stage))
        .toList();
  }

  /** How many open disputes are overdue now. */
  static long overdue(List<Stage> stages) {
    return stages.stream().mapToLong(Stage::overdue).sum();
  }

  private Stage stage(List<RegisterRow> rows, Instant now) {
    RegisterRow first = rows.get(0);
    List<Dispute> disputes =
        rows.stream()
            .sorted(
                Comparator.comparing((RegisterRow r) -> !isOverdue(r))
                    .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt())
                    .thenComparing(RegisterRow::reference))
            .map(r -> dispute(r, now))
            .toList();
    return new Stage(
        first.protocol(),
        first.currentStage(),
        first.currentStageName(),
        disputes,
        disputes.stream().filter(Dispute::overdue).count());
  }

  private static Dispute dispute(RegisterRow r, Instant now) {
    List<String> why = new ArrayList<>();
    if (r.overdue()) {
      why.add("stage due " + ConsoleTimes.age(r.dueAt(), now) + " ago");
    }
    if (r.capBreached()) {
      why.add("past the protocol's overall limit");
    }
    return new Dispute(
        r.reference(),
        r.protocol(),
        r.currentStageName(),
        r.track(),
        r.dueAt() == null ? "no fixed time" : ConsoleTimes.london(r.dueAt()),
        isOverdue(r),
        String.join("; ", why),
        "paused".equals(r.status()),
        ConsoleTimes.london(r.raisedAt()),
        r.caseLink());
  }

  private static boolean isOverdue(RegisterRow r) {
    return r.overdue() || r.capBreached();
  }

  /** Where the stage comes in its protocol: its place in the first track that has it. */
  private int order(String protocolId, String stageId) {
    return protocols.latest(protocolId).stream()
        .flatMap(p -> p.tracks().stream())
        .map((Track t) -> t.indexOf(stageId))
        .filter(i -> i >= 0)
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }
}
