package uk.irodispute.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.directory.Directory;
import uk.irodispute.systems.SystemDefinition;

/**
 * Plans deliveries from the system files, the staff directory and the protocols: a case note
 * becomes the system's write-back (an HTTP request, a table row, a file or a mail), an alert
 * becomes a mail to the people holding its roles, and each role with nobody behind it becomes a
 * mail to the chair and to operations.
 */
public final class RenderingDeliveryPlanner implements DeliveryPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(RenderingDeliveryPlanner.class);

  private final Function<String, SystemDefinition> systems;
  private final ProtocolRegistry protocols;
  private final AlertPlanner alerts;
  private final Map<String, AlertMessages> messages = new HashMap<>();
  private final Map<String, Template> noteTexts = new HashMap<>();
  private final Languages languages;
  private final WriteBackRenderer writeBacks = new WriteBackRenderer();

  /** A planner with the built-in wording. */
  public RenderingDeliveryPlanner(
      Function<String, SystemDefinition> systems, Directory directory, ProtocolRegistry protocols) {
    this(systems, directory, protocols, Wording.builtIn());
  }

  /**
   * @param systems the system file by id; null for an id no file has
   * @param directory the staff directory
   * @param protocols every loaded protocol version, for role names and where roles are found
   * @param wording the built-in wording with the council's overrides
   */
  public RenderingDeliveryPlanner(
      Function<String, SystemDefinition> systems,
      Directory directory,
      ProtocolRegistry protocols,
      Wording wording) {
    this(systems, directory, protocols, wording, null);
  }

  /**
   * @param answersAddress the mailbox answers by e-mail go to, named in alerts that ask for an
   *     answer; null when answers by e-mail are off
   */
  public RenderingDeliveryPlanner(
      Function<String, SystemDefinition> systems,
      Directory directory,
      ProtocolRegistry protocols,
      Wording wording,
      String answersAddress) {
    this.systems = systems;
    this.protocols = protocols;
    for (String language : Wording.LANGUAGES) {
      messages.put(language, new AlertMessages(wording, language));
      noteTexts.put(language, wording.template(language, MessageFiles.CASE_NOTE));
    }
    this.languages = new Languages(directory);
    this.alerts =
        new AlertPlanner(new RecipientResolver(directory), directory, messages, answersAddress);
  }

  @Override
  public List<Delivery> plan(
      Effect effect, Optional<Dispute> dispute, CaseContacts contacts, Trigger trigger) {
    String systemId = systemIdOf(effect);
    SystemDefinition system = systemId == null ? null : systems.apply(systemId);
    Protocol protocol = protocolOf(dispute, system);
    if (effect instanceof Effect.SendAlert alert) {
      return alerts.plan(
          alert, system, protocol, dispute, CaseLinks.of(system, alert.subject()), contacts);
    }
    Effect.WriteCaseNote note = (Effect.WriteCaseNote) effect;
    String language = languages.ofCase(contacts);
    AlertContext context = AlertContext.ofNote(dispute, protocol, contacts, messages.get(language));
    return planNote(note, systemId, system, protocol, context, dispute, trigger, language);
  }

  private List<Delivery> planNote(
      Effect.WriteCaseNote note,
      String systemId,
      SystemDefinition system,
      Protocol protocol,
      AlertContext context,
      Optional<Dispute> dispute,
      Trigger trigger,
      String language) {
    if (system == null) {
      LOG.warn(
          "Case note {} of dispute {} is not written: no system file has id '{}'",
          note.idempotencyKey(),
          note.reference(),
          systemId);
      return List.of();
    }
    if (system.writeBack() == null) {
      return List.of();
    }
    String key = note.idempotencyKey() + Delivery.CASE_NOTE_KEY_SUFFIX;
    String authorRole =
        RoleDefinition.CHAIR.equals(note.authorRole())
            ? context.chairTitle()
            : Optional.ofNullable(protocol)
                .flatMap(p -> p.role(note.authorRole()))
                .map(RoleDefinition::name)
                .orElse(note.authorRole());
    var values =
        CaseNoteValues.of(
            note,
            key,
            authorRole,
            CaseLinks.of(system, note.subject()),
            context.raisedBy(),
            context.category(),
            context.outcomeSought(),
            dispute,
            trigger,
            noteTexts.get(language),
            language);
    return List.of(writeBacks.render(systemId, system.writeBack(), values));
  }

  /** The dispute's own protocol version; for a raise that opened none, the system's protocol. */
  private Protocol protocolOf(Optional<Dispute> dispute, SystemDefinition system) {
    if (dispute.isPresent()) {
      return protocols
          .version(dispute.get().protocolId(), dispute.get().protocolVersion())
          .orElse(null);
    }
    return system == null ? null : protocols.latest(system.protocolId()).orElse(null);
  }

  private static String systemIdOf(Effect effect) {
    var subject =
        effect instanceof Effect.SendAlert a
            ? a.subject()
            : ((Effect.WriteCaseNote) effect).subject();
    return subject == null ? null : subject.sourceSystem();
  }
}
