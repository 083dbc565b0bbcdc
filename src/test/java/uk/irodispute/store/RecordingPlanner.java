package uk.irodispute.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.delivery.CaseContacts;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.delivery.DeliveryPlanner;
import uk.irodispute.delivery.Trigger;

/**
 * A delivery planner for the store's tests: a case note becomes one integration-table row, an alert
 * one mail to the addresses of the people holding its roles. Remembers the contacts it was given.
 */
final class RecordingPlanner implements DeliveryPlanner {

  final List<CaseContacts> contactsSeen = new CopyOnWriteArrayList<>();

  /** Runs before each effect is planned, inside the caller's transaction. */
  volatile Runnable beforePlanning = () -> {};

  /** The reference of the effect being planned, on the thread planning it, for beforePlanning. */
  final ThreadLocal<String> planning = new ThreadLocal<>();

  @Override
  public List<Delivery> plan(
      Effect effect, Optional<Dispute> dispute, CaseContacts contacts, Trigger trigger) {
    planning.set(effect.reference() == null ? "" : effect.reference().value());
    beforePlanning.run();
    contactsSeen.add(contacts);
    String reference = effect.reference() == null ? null : effect.reference().value();
    if (effect instanceof Effect.WriteCaseNote note) {
      return List.of(
          new Delivery.TableRow(
              note.idempotencyKey() + "/row",
              reference,
              system(note.subject()),
              Map.of("kind", note.kind().name(), "summary", note.summary())));
    }
    Effect.SendAlert alert = (Effect.SendAlert) effect;
    return List.of(
        new Delivery.Mail(
            alert.idempotencyKey() + "/mail",
            reference,
            system(alert.subject()),
            addresses(alert.to(), contacts),
            addresses(alert.cc(), contacts),
            "Dispute " + reference + ": " + alert.kind(),
            alert.asked().what() + " " + alert.asked().values(),
            null,
            null));
  }

  private static String system(Subject subject) {
    return subject.sourceSystem();
  }

  private static List<String> addresses(List<String> roles, CaseContacts contacts) {
    return roles.stream()
        .flatMap(r -> contacts.holding(r).stream())
        .map(CaseWorker::email)
        .toList();
  }
}
