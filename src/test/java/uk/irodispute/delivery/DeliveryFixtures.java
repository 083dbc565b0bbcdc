package uk.irodispute.delivery;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.ServiceArea;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.DirectoryFileLoader;
import uk.irodispute.mappings.ProtocolFileLoader;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;

/**
 * The shipped protocols and staff directory, invented case workers, and a minimal hand-built system
 * file (only what the planner reads: id, write-back, case link and protocol).
 */
final class DeliveryFixtures {

  static final ProtocolRegistry PROTOCOLS =
      new ProtocolRegistry(new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols")));
  static final Directory COUNCIL =
      new DirectoryFileLoader().loadDirectory(Path.of("mappings/directory"));
  static final Calendars CALENDARS =
      settings ->
          new WorkingCalendar(
              settings.region(),
              settings.hours(),
              settings.closureDays(),
              BankHolidaySources.standard());

  static final DisputeReference REF = DisputeReference.of(2026, 42);

  /** The council with every service area in Welsh, each holding its roles. */
  static Directory councilInWelsh() {
    return new Directory(
        COUNCIL.people(),
        COUNCIL.areas().stream()
            .map(
                a ->
                    new ServiceArea(
                        a.id(), a.name(), a.isDefault(), a.teams(), a.roles(), Wording.WELSH))
            .toList(),
        COUNCIL.operations());
  }

  /** An invented child: the name must never reach a delivery. */
  static final String CHILD_NAME = "Kayden Marsh-Oyelaran";

  static final CaseWorker CHAIR =
      new CaseWorker("chair", "IRO-7", "Jo Bellamy", "jo.bellamy@council.example", "IRO Service");
  static final CaseWorker SOCIAL_WORKER =
      new CaseWorker(
          "social-worker",
          "W-101",
          "Sam Okoro",
          "sam.okoro@council.example",
          "Children in Care South");
  static final CaseWorker TEAM_MANAGER =
      new CaseWorker(
          "team-manager",
          "W-102",
          "Lee Hart",
          "lee.hart@council.example",
          "Children in Care South");

  static final CaseContacts CONTACTS =
      new CaseContacts(List.of(CHAIR, SOCIAL_WORKER, TEAM_MANAGER));

  private DeliveryFixtures() {}

  static EscalationEngine engine() {
    return new EscalationEngine(PROTOCOLS, CALENDARS);
  }

  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  static Subject subject(String systemId) {
    return new Subject(systemId, "P-1001", "C-2001");
  }

  /** Raises a dispute on the protocol, as the chair IRO-7, through the system. */
  static Decision raise(
      String systemId, String protocolId, String trackId, String startAt, Instant at) {
    return engine()
        .raise(
            new Command.Raise(
                systemId + ":N-1@1",
                at,
                REF,
                protocolId,
                subject(systemId),
                CHAIR.id(),
                trackId,
                null,
                null,
                startAt,
                null,
                Set.of("issue", "outcome-sought", "response-by"),
                false,
                Concerns.CHILDRENS_SERVICES),
            at);
  }

  static SystemDefinition system(
      String id, String protocolId, String caseLink, WriteBack writeBack) {
    return new SystemDefinition(
        id,
        id,
        Path.of(id + ".yaml"),
        true,
        null,
        null,
        null,
        null,
        writeBack,
        caseLink,
        protocolId);
  }

  static Function<String, SystemDefinition> systems(SystemDefinition... systems) {
    Map<String, SystemDefinition> byId =
        java.util.Arrays.stream(systems)
            .collect(java.util.stream.Collectors.toMap(SystemDefinition::id, s -> s));
    return byId::get;
  }

  static RenderingDeliveryPlanner planner(Directory directory, SystemDefinition... systems) {
    return new RenderingDeliveryPlanner(systems(systems), directory, PROTOCOLS);
  }
}
