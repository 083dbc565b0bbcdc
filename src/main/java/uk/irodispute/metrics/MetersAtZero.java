package uk.irodispute.metrics;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/**
 * Every counter and timer registered at zero once the application's beans are made: each polled
 * system's poll, intake and delivery meters, each protocol's dispute meters by stage, and the
 * answers by e-mail by outcome. A rate or an alert then has a series from the start, not only after
 * the first event.
 */
class MetersAtZero implements SmartInitializingSingleton {

  private final SystemRegistry systems;
  private final ProtocolRegistry protocols;
  private final PollMeters polls;
  private final IntakeMeters intake;
  private final DeliveryMeters deliveries;
  private final DisputeMeters disputes;
  private final AnswerMeters answers;

  MetersAtZero(
      SystemRegistry systems,
      ProtocolRegistry protocols,
      PollMeters polls,
      IntakeMeters intake,
      DeliveryMeters deliveries,
      DisputeMeters disputes,
      AnswerMeters answers) {
    this.systems = systems;
    this.protocols = protocols;
    this.polls = polls;
    this.intake = intake;
    this.deliveries = deliveries;
    this.disputes = disputes;
    this.answers = answers;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (SystemDefinition system : systems.enabled()) {
      polls.atZero(system.id());
      intake.atZero(system.id());
      deliveries.atZero(system.id(), "mail");
      writeBackKind(system.writeBack()).ifPresent(kind -> deliveries.atZero(system.id(), kind));
    }
    for (Protocol protocol : protocols.latest()) {
      Set<String> stages = new LinkedHashSet<>();
      for (Track track : protocol.tracks()) {
        track.stages().stream().map(StageDefinition::id).forEach(stages::add);
      }
      disputes.atZero(protocol.id(), stages);
    }
    answers.atZero();
  }

  /** The kind the sender counts a write-back under; none for a system that writes nothing back. */
  private static Optional<String> writeBackKind(WriteBack writeBack) {
    if (writeBack instanceof WriteBack.Http) {
      return Optional.of("http");
    }
    if (writeBack instanceof WriteBack.Table) {
      return Optional.of("table");
    }
    if (writeBack instanceof WriteBack.FileDrop) {
      return Optional.of("file");
    }
    return Optional.empty();
  }
}
