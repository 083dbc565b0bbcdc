package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.List;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.protocol.RecordKind;

/**
 * Something to be done outside the engine, once. The idempotency key is the same however often the
 * same decision is made, so a retry never writes twice.
 */
public sealed interface Effect {

  String idempotencyKey();

  /** The dispute it belongs to; null for a rejected note that opened none. */
  DisputeReference reference();

  /**
   * Write a case note back to the child's file.
   *
   * @param kind query, action or outcome
   * @param authorRole the role the note is recorded as authored by
   * @param stageId the stage it records
   * @param stageName the stage's name
   * @param dueAt the stage's due time, if any
   * @param summary one line in plain words: references, stage names and dates, no personal data
   */
  record WriteCaseNote(
      String idempotencyKey,
      DisputeReference reference,
      Subject subject,
      RecordKind kind,
      String authorRole,
      String stageId,
      String stageName,
      Instant dueAt,
      String summary)
      implements Effect {}

  /**
   * Alert people by role; the directory turns roles into people and addresses.
   *
   * @param kind why
   * @param to roles asked to act
   * @param cc roles copied in
   * @param stageId the stage concerned
   * @param stageName its name
   * @param dueAt by when, if anything is due
   * @param asked what is asked of the recipients; worded outside the engine
   * @param chairId the raising chair, so that the role {@code chair} can be resolved
   */
  record SendAlert(
      String idempotencyKey,
      DisputeReference reference,
      Subject subject,
      AlertKind kind,
      List<String> to,
      List<String> cc,
      String stageId,
      String stageName,
      Instant dueAt,
      Asked asked,
      String chairId)
      implements Effect {
    public SendAlert {
      to = List.copyOf(to);
      cc = List.copyOf(cc);
    }
  }
}
