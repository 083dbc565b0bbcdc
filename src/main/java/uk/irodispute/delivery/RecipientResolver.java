package uk.irodispute.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.RoleDefinition.RoleSource;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.directory.MailAddresses;

/**
 * Finds the people behind a dispute's roles: the chair and the allocated workers from what the case
 * system said, everyone else from the staff directory for the case's service area.
 */
final class RecipientResolver {

  /** The case roles whose teams place a case in a service area, in order of preference. */
  static final List<String> TEAM_ROLES =
      List.of("social-worker", "team-manager", RoleDefinition.CHAIR);

  /** How a mail names the author of the note it answers. */
  static final String AUTHOR_NAME = "Author of the note";

  private final Directory directory;

  RecipientResolver(Directory directory) {
    this.directory = directory;
  }

  /**
   * @param roleId the protocol role
   * @param protocol the dispute's protocol, for the role's name and source; null when not known
   * @param contacts the people the case system named
   * @param chairId the raising chair's id, to find their address in the directory if needed
   */
  ResolvedRole resolve(String roleId, Protocol protocol, CaseContacts contacts, String chairId) {
    if (RoleDefinition.AUTHOR.equals(roleId)) {
      return new ResolvedRole(
          roleId, AUTHOR_NAME, RoleSource.CASE, distinct(fromCase(roleId, contacts).toList()));
    }
    Optional<RoleDefinition> definition =
        Optional.ofNullable(protocol).flatMap(p -> p.role(roleId));
    RoleSource source =
        RoleDefinition.CHAIR.equals(roleId)
            ? RoleSource.CHAIR
            : definition.map(RoleDefinition::source).orElse(null);
    String name = definition.map(RoleDefinition::name).orElse(roleId);
    List<Recipient> people =
        source == null
            ? Stream.concat(fromCase(roleId, contacts), fromDirectory(roleId, contacts)).toList()
            : switch (source) {
              case CHAIR -> chair(contacts, chairId).toList();
              case CASE -> fromCase(roleId, contacts).toList();
              case DIRECTORY, EXTERNAL -> fromDirectory(roleId, contacts).toList();
            };
    return new ResolvedRole(roleId, name, source, distinct(people));
  }

  /** The case's teams, social worker's first, then team manager's, then chair's. */
  static List<String> teamsOf(CaseContacts contacts) {
    List<String> teams = new ArrayList<>();
    for (String role : TEAM_ROLES) {
      holding(contacts, role)
          .map(CaseWorker::team)
          .filter(t -> t != null && !t.isBlank())
          .forEach(teams::add);
    }
    return teams;
  }

  private Stream<Recipient> chair(CaseContacts contacts, String chairId) {
    List<Recipient> named = fromCase(RoleDefinition.CHAIR, contacts).toList();
    if (!named.isEmpty()) {
      return named.stream();
    }
    return directory.person(chairId).flatMap(RecipientResolver::recipient).stream();
  }

  /**
   * Workers holding the role; one without a plain address (none, or one a case system gave with a
   * display name, a line break or a second address) is looked up in the directory by id.
   */
  private Stream<Recipient> fromCase(String roleId, CaseContacts contacts) {
    return holding(contacts, roleId)
        .map(
            w ->
                hasAddress(w.email())
                    ? Optional.of(new Recipient(nameOf(w.name(), w.email()), w.email().strip()))
                    : directory.person(w.id()).flatMap(RecipientResolver::recipient))
        .flatMap(Optional::stream);
  }

  private Stream<Recipient> fromDirectory(String roleId, CaseContacts contacts) {
    return directory.holding(roleId, teamsOf(contacts)).stream()
        .map(RecipientResolver::recipient)
        .flatMap(Optional::stream);
  }

  private static Stream<CaseWorker> holding(CaseContacts contacts, String roleId) {
    return contacts.people().stream().filter(w -> roleId.equals(w.role()));
  }

  private static Optional<Recipient> recipient(DirectoryPerson p) {
    return hasAddress(p.email())
        ? Optional.of(new Recipient(nameOf(p.name(), p.email()), p.email().strip()))
        : Optional.empty();
  }

  private static boolean hasAddress(String email) {
    return email != null && MailAddresses.isPlain(email.strip());
  }

  private static String nameOf(String name, String email) {
    return name == null || name.isBlank() ? email.strip() : name.strip();
  }

  /** One entry per address, the first kept. */
  private static List<Recipient> distinct(List<Recipient> people) {
    Map<String, Recipient> byAddress = new LinkedHashMap<>();
    people.forEach(p -> byAddress.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p));
    return List.copyOf(byAddress.values());
  }
}
