package uk.irodispute.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.delivery.CaseContacts;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.delivery.DeliveryPlanner;
import uk.irodispute.delivery.Trigger;
import uk.irodispute.store.DisputeContacts;
import uk.irodispute.store.DisputeEvents;
import uk.irodispute.store.Disputes;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.StoredDispute;

/**
 * Writes down what the engine decided, in the caller's transaction: the dispute's new state and
 * next due time, the staff the note names, the events, and each effect's deliveries in the outbox;
 * and publishes the events written ({@link DisputeEventsWritten}) for those who count them.
 */
@Component
public class DecisionWriter {

  private final Disputes disputes;
  private final DisputeEvents events;
  private final DisputeContacts contacts;
  private final Outbox outbox;
  private final DeliveryPlanner planner;
  private final ApplicationEventPublisher published;

  public DecisionWriter(
      Disputes disputes,
      DisputeEvents events,
      DisputeContacts contacts,
      Outbox outbox,
      @Lazy DeliveryPlanner planner,
      ApplicationEventPublisher published) {
    this.published = published;
    this.disputes = disputes;
    this.events = events;
    this.contacts = contacts;
    this.outbox = outbox;
    this.planner = planner;
  }

  /**
   * @param before the dispute as it was read and locked; empty for a raise, or a rejected note
   * @param decision what the engine decided
   * @param note the note that caused it; empty for a tick
   */
  public void write(
      Optional<StoredDispute> before, Decision decision, Optional<CaseNote> note, Instant now) {
    write(before, decision, note, null, now);
  }

  /**
   * As {@link #write(Optional, Decision, Optional, Instant)}, for a raise stating the outcome
   * sought.
   *
   * @param outcomeSought kept with a dispute the raise opens; null when the note states none
   */
  void write(
      Optional<StoredDispute> before,
      Decision decision,
      Optional<CaseNote> note,
      String outcomeSought,
      Instant now) {
    Optional<Dispute> after = decision.dispute();
    CaseContacts people;
    if (after.isPresent()) {
      Dispute dispute = after.get();
      String sought = outcomeSought;
      if (before.isEmpty()) {
        disputes.insert(dispute, outcomeSought, now);
      } else {
        sought = disputes.outcomesSought(List.of(dispute.reference())).get(dispute.reference());
        if (!before.get().dispute().equals(dispute)) {
          disputes.update(before.get(), dispute, now);
        }
      }
      note.ifPresent(n -> contacts.refresh(dispute.reference(), n, before.isEmpty()));
      people = contacts.of(dispute.reference()).withOutcomeSought(sought);
    } else {
      people = note.map(DisputeContacts::named).orElseGet(() -> new CaseContacts(List.of()));
    }
    if (note.isPresent() && note.get().author() != null) {
      people = people.with(note.get().author().as(RoleDefinition.AUTHOR));
    }
    events.append(decision.events());
    announce(decision);
    Trigger trigger = note.map(n -> Trigger.of(n, now)).orElseGet(() -> Trigger.tick(now));
    outbox.addAll(deliveries(decision, people, trigger), now);
  }

  /**
   * Answers a dispute note that opened or changed no dispute: the "Note not applied" alert to its
   * author, in the caller's transaction.
   *
   * @param reason in plain words, with no note text and no personal data
   */
  public void rejectNote(CaseNote note, String reason, Instant now) {
    rejectNote(note, Asked.of(Asked.Ask.NOTE_NOT_TAKEN, "reason", reason), reason, now);
  }

  /**
   * As {@link #rejectNote(CaseNote, String, Instant)}, with what the alert asks given.
   *
   * @param asked why, and what to record instead, as an ask its wording says in words
   * @param reason the decision's reason, for operations
   */
  public void rejectNote(CaseNote note, Asked asked, String reason, Instant now) {
    Subject subject = new Subject(note.systemId(), note.personId(), note.caseId());
    String author = note.author() == null ? null : note.author().id();
    Decision decision =
        EscalationEngine.rejectNote(note.commandId(), subject, author, asked, reason);
    write(Optional.empty(), decision, Optional.of(note), now);
  }

  /**
   * Writes decisions about disputes read and locked that no note caused (the tick's), in the
   * caller's transaction: what {@link #write} writes for each in turn, with one batch of updates,
   * one query for the contacts, one batch of events and one of outbox items, in the decisions'
   * order.
   */
  public void writeAll(List<Decided> decided, Instant now) {
    List<Disputes.Change> changes = new ArrayList<>();
    List<DisputeEvent> written = new ArrayList<>();
    List<DisputeReference> references = new ArrayList<>();
    for (Decided d : decided) {
      Optional<Dispute> after = d.decision().dispute();
      if (after.isPresent()) {
        references.add(after.get().reference());
        if (!d.before().dispute().equals(after.get())) {
          changes.add(new Disputes.Change(d.before(), after.get()));
        }
      }
      written.addAll(d.decision().events());
    }
    disputes.updateAll(changes, now);
    Map<DisputeReference, CaseContacts> people = contacts.of(references);
    Map<DisputeReference, String> sought = disputes.outcomesSought(references);
    events.append(written);
    List<Delivery> deliveries = new ArrayList<>();
    for (Decided d : decided) {
      CaseContacts known =
          d.decision()
              .dispute()
              .map(
                  dispute ->
                      people
                          .get(dispute.reference())
                          .withOutcomeSought(sought.get(dispute.reference())))
              .orElseGet(() -> new CaseContacts(List.of()));
      deliveries.addAll(deliveries(d.decision(), known, Trigger.tick(now)));
    }
    outbox.addAll(deliveries, now);
    decided.forEach(d -> announce(d.decision()));
  }

  /** What the decision's effects deliver, planned for the people known on its dispute. */
  private List<Delivery> deliveries(Decision decision, CaseContacts people, Trigger trigger) {
    List<Delivery> deliveries = new ArrayList<>();
    for (Effect effect : decision.effects()) {
      deliveries.addAll(planner.plan(effect, decision.dispute(), people, trigger));
    }
    return deliveries;
  }

  /** Publishes the events written about a dispute, for the meters; nothing when there are none. */
  private void announce(Decision decision) {
    Optional<Dispute> after = decision.dispute();
    if (after.isPresent() && !decision.events().isEmpty()) {
      published.publishEvent(
          new DisputeEventsWritten(
              after.get().subject().sourceSystem(), after.get().protocolId(), decision.events()));
    }
  }

  /**
   * A decision about a dispute, to write.
   *
   * @param before the dispute as it was read and locked
   * @param decision what the engine decided
   */
  public record Decided(StoredDispute before, Decision decision) {}
}
