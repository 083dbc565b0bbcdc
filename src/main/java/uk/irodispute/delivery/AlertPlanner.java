package uk.irodispute.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.core.engine.DueTimes;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.ServiceArea;

/**
 * Turns one alert into mails: the alert itself to the people holding its roles, and for each role
 * with nobody behind it a mail to the chair and operations saying so. An alert whose recipients are
 * all missing goes to the chair (or else operations) rather than nowhere.
 */
final class AlertPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(AlertPlanner.class);

  /** The engine's key for the alert on a raise that opened no dispute: the note's command id. */
  private static final Pattern REJECTED_NOTE_KEY = Pattern.compile("note/(.+)/rejected");

  /** Said at the top of an alert that goes to the chair or operations for want of recipients. */
  private static final String REDIRECTED =
      "Nobody is recorded for the roles this alert asks to act, so it comes to you instead;"
          + " a separate message says which role has nobody.";

  private final RecipientResolver resolver;
  private final Directory directory;
  private final AlertMessages messages;

  AlertPlanner(RecipientResolver resolver, Directory directory, AlertMessages messages) {
    this.resolver = resolver;
    this.directory = directory;
    this.messages = messages;
  }

  List<Delivery> plan(
      Effect.SendAlert alert,
      String systemId,
      Protocol protocol,
      String caseLink,
      CaseContacts contacts) {
    List<ResolvedRole> to = resolveAll(alert.to(), alert, protocol, contacts);
    List<ResolvedRole> cc = resolveAll(alert.cc(), alert, protocol, contacts);
    List<String> chair =
        addresses(
            List.of(resolver.resolve(RoleDefinition.CHAIR, protocol, contacts, alert.chairId())));
    List<String> toAddresses = addresses(to);
    List<String> ccAddresses = addresses(cc);
    boolean redirected = toAddresses.isEmpty();
    if (redirected) {
      toAddresses = chair.isEmpty() ? directory.operations() : chair;
    }
    if (toAddresses.isEmpty()) {
      toAddresses = ccAddresses;
    }
    ccAddresses = without(ccAddresses, toAddresses);

    Map<String, String> values = values(alert, caseLink, to, cc);
    values.put("redirected", redirected ? REDIRECTED : null);
    AlertText text = messages.write(alert.kind().name(), values);
    String reference = alert.reference() == null ? null : alert.reference().value();
    List<Delivery> deliveries = new ArrayList<>();
    if (toAddresses.isEmpty()) {
      LOG.warn(
          "Alert {} ({}) reaches nobody: no recipient, chair or operations address is known",
          alert.idempotencyKey(),
          alert.kind());
    } else {
      deliveries.add(
          new Delivery.Mail(
              alert.idempotencyKey() + "/mail",
              reference,
              systemId,
              toAddresses,
              ccAddresses,
              text.subject(),
              text.plainText(),
              text.html()));
    }
    Set<String> told = new LinkedHashSet<>();
    for (ResolvedRole role : Stream.concat(to.stream(), cc.stream()).toList()) {
      if (role.hasNobody() && told.add(role.roleId())) {
        unresolved(alert, systemId, role, values, text, chair, contacts).ifPresent(deliveries::add);
      }
    }
    return deliveries;
  }

  private Optional<Delivery> unresolved(
      Effect.SendAlert alert,
      String systemId,
      ResolvedRole role,
      Map<String, String> alertValues,
      AlertText missed,
      List<String> chair,
      CaseContacts contacts) {
    List<String> to = chair.isEmpty() ? directory.operations() : chair;
    List<String> cc = without(directory.operations(), to);
    String key = alert.idempotencyKey() + "/unresolved/" + role.roleId();
    if (to.isEmpty()) {
      LOG.warn(
          "Alert {}: nobody holds role {} and neither the chair nor operations has an address",
          alert.idempotencyKey(),
          role.roleId());
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>(alertValues);
    values.put("redirected", null);
    values.put("missedRole", role.roleName());
    values.put("missedSubject", missed.subject());
    values.put("fix", fix(role, contacts));
    AlertText text = messages.write(AlertMessages.ROLE_UNRESOLVED, values);
    return Optional.of(
        new Delivery.Mail(
            key,
            alert.reference() == null ? null : alert.reference().value(),
            systemId,
            to,
            cc,
            text.subject(),
            text.plainText(),
            text.html()));
  }

  /** What would put someone behind the role, in the words of whoever can do it. */
  private String fix(ResolvedRole role, CaseContacts contacts) {
    if (role.source() == null) {
      return "The protocol does not declare the role '" + role.roleId() + "'.";
    }
    return switch (role.source()) {
      case CHAIR ->
          "The case system gave no e-mail address for the chair, and the staff directory"
              + " (mappings/directory/) has no person with the chair's id.";
      case CASE ->
          "Record the allocated "
              + role.roleName()
              + ", with an e-mail address, on the child's case in the case system.";
      case DIRECTORY, EXTERNAL -> {
        List<String> teams = RecipientResolver.teamsOf(contacts);
        String where =
            directory
                .areaOf(teams)
                .map(ServiceArea::name)
                .map(area -> "under the area '" + area + "' or the default area")
                .orElse(
                    directory.defaultArea().isPresent()
                        ? "under the default area (the case's teams "
                            + (teams.isEmpty() ? "are not known" : "are in no area")
                            + ")"
                        : "under an area marked default: true");
        yield "Add the role '"
            + role.roleId()
            + "' to the staff directory (mappings/directory/), "
            + where
            + ".";
      }
    };
  }

  private List<ResolvedRole> resolveAll(
      List<String> roles, Effect.SendAlert alert, Protocol protocol, CaseContacts contacts) {
    return roles.stream()
        .map(r -> resolver.resolve(r, protocol, contacts, alert.chairId()))
        .toList();
  }

  private static Map<String, String> values(
      Effect.SendAlert alert, String caseLink, List<ResolvedRole> to, List<ResolvedRole> cc) {
    Map<String, String> v = new HashMap<>();
    v.put("reference", alert.reference() == null ? null : alert.reference().value());
    v.put("noteId", alert.reference() == null ? rejectedNoteOf(alert) : null);
    v.put("stageName", alert.stageName());
    v.put("asked", alert.asked());
    v.put("dueAt", CaseNoteValues.iso(alert.dueAt()));
    v.put("dueInWords", alert.dueAt() == null ? null : DueTimes.inWords(alert.dueAt()));
    v.put("toList", describe(to));
    v.put("ccList", describe(cc));
    v.put("caseLink", caseLink);
    return v;
  }

  /** The note a rejected raise came from ({@code system:noteId@version}), from its alert's key. */
  static String rejectedNoteOf(Effect.SendAlert alert) {
    Matcher m = REJECTED_NOTE_KEY.matcher(alert.idempotencyKey());
    return m.matches() ? m.group(1) : null;
  }

  private static String describe(List<ResolvedRole> roles) {
    return roles.isEmpty()
        ? "nobody"
        : String.join("; ", roles.stream().map(ResolvedRole::describe).toList());
  }

  private static List<String> addresses(List<ResolvedRole> roles) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> all = new ArrayList<>();
    roles.stream()
        .flatMap(r -> r.people().stream())
        .map(Recipient::email)
        .filter(e -> seen.add(e.toLowerCase(Locale.ROOT)))
        .forEach(all::add);
    return all;
  }

  private static List<String> without(List<String> addresses, List<String> taken) {
    Set<String> takenLower = new LinkedHashSet<>();
    taken.forEach(t -> takenLower.add(t.toLowerCase(Locale.ROOT)));
    return addresses.stream()
        .filter(a -> !takenLower.contains(a.toLowerCase(Locale.ROOT)))
        .toList();
  }
}
