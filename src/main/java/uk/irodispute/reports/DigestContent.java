package uk.irodispute.reports;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a week's oversight digest says: references, stage names, dates and links, no child's name.
 *
 * @param week the ISO week it is sent in, for example {@code 2026-W45}
 * @param from the start of the week it covers
 * @param to the end of the week it covers (when it was composed)
 * @param opened disputes raised in the week
 * @param escalated escalations in the week, one entry each
 * @param closed disputes resolved, withdrawn or referred in the week
 * @param overdue open disputes whose stage is past its due time, or past the overall limit, now
 * @param openByStage every open dispute now, by the stage it is at
 */
public record DigestContent(
    String week,
    Instant from,
    Instant to,
    List<Entry> opened,
    List<Entry> escalated,
    List<Entry> closed,
    List<Entry> overdue,
    List<StageGroup> openByStage) {

  public DigestContent {
    opened = List.copyOf(opened);
    escalated = List.copyOf(escalated);
    closed = List.copyOf(closed);
    overdue = List.copyOf(overdue);
    openByStage = List.copyOf(openByStage);
  }

  /** Whether nothing happened and nothing is open. */
  public boolean quiet() {
    return opened.isEmpty()
        && escalated.isEmpty()
        && closed.isEmpty()
        && overdue.isEmpty()
        && openByStage.isEmpty();
  }

  /**
   * One dispute in a list: what is said of it is a key of {@code messages/digest.properties} with
   * its values, worded in the digest's language ({@link DigestWords#detail}).
   *
   * @param reference the dispute reference
   * @param what the key of {@code digest.properties} that describes it, for example {@code
   *     standing.due}
   * @param values the key's values other than times, by name; a null value is empty
   * @param times the key's times, by name, put in words in the digest's language
   * @param workingDays how many working days the dispute has run, as {@code {{days}}}; null when
   *     the key does not say
   * @param caseLink the link to the child's record; null where the system gives none
   */
  public record Entry(
      String reference,
      String what,
      Map<String, String> values,
      Map<String, Instant> times,
      Integer workingDays,
      String caseLink) {
    public Entry {
      values = Collections.unmodifiableMap(new HashMap<>(values));
      times = Map.copyOf(times);
    }
  }

  /**
   * The open disputes at one stage.
   *
   * @param protocol the protocol's id
   * @param stageName the stage's name
   * @param disputes each dispute at it, with how long it has run and whether it is overdue
   */
  public record StageGroup(String protocol, String stageName, List<Entry> disputes) {
    public StageGroup {
      disputes = List.copyOf(disputes);
    }
  }
}
