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
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.protocol.Meeting;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.ServiceArea;
import uk.irodispute.systems.SystemDefinition;

/**
 * Turns one alert into mails: the alert itself to the people holding its roles, and for each role
 * with nobody behind it a mail to the chair and operations saying so. An alert whose recipients are
 * all missing goes to the chair (or else operations) rather than nowhere.
 */
final class AlertPlanner {

  private static final Logger LOG = LoggerFactory.getLogger(AlertPlanner.class);

  /** The engine's key for the alert on a raise that opened no dispute: the note's command id. */
  private static final Pattern REJECTED_NOTE_KEY = Pattern.compile("note/(.+)/rejected");

  private final RecipientResolver resolver;
  private final Directory directory;
  private final AlertMessages messages;
  private final Map<String, AlertMessages> byLanguage;
  private final Languages languages;
  private final String answersAddress;

  /** Alerts in the built-in English wording alone, with no answers by e-mail. */
  AlertPlanner(RecipientResolver resolver, Directory directory, AlertMessages messages) {
    this(resolver, directory, Map.of(Wording.ENGLISH, messages), null);
  }

  /**
   * @param byLanguage the wording per language; English is used where a language has none
   * @param answersAddress the mailbox answers by e-mail go to (the alert's Reply-To); null when
   *     answers by e-mail are off
   */
  AlertPlanner(
      RecipientResolver resolver,
      Directory directory,
      Map<String, AlertMessages> byLanguage,
      String answersAddress) {
    this.resolver = resolver;
    this.directory = directory;
    this.messages = byLanguage.get(Wording.ENGLISH);
    this.byLanguage = Map.copyOf(byLanguage);
    this.languages = new Languages(directory);
    this.answersAddress = answersAddress;
  }

  private AlertMessages in(String language) {
    return byLanguage.getOrDefault(language, messages);
  }

  /**
   * The mails for one alert.
   *
   * @param system the system file of the dispute's case; null when no file has its id
   * @param dispute the dispute; empty for a note that opened or changed none
   */
  List<Delivery> plan(
      Effect.SendAlert alert,
      SystemDefinition system,
      Protocol protocol,
      Optional<Dispute> dispute,
      String caseLink,
      CaseContacts contacts) {
    String systemId = alert.subject() == null ? null : alert.subject().sourceSystem();
    AlertContext context = AlertContext.of(alert, dispute, protocol, system, contacts, messages);
    List<ResolvedRole> to = resolveAll(alert.to(), alert, protocol, contacts, context);
    List<ResolvedRole> cc = copies(alert, protocol, contacts, context);
    ResolvedRole chairRole = resolveOne(RoleDefinition.CHAIR, alert, protocol, contacts, context);
    List<String> chair = addresses(List.of(chairRole));
    Optional<Meeting> meeting = StageMeetings.of(alert, protocol, dispute);
    List<ResolvedRole> attendees =
        meeting
            .map(m -> resolveAll(m.attendees(), alert, protocol, contacts, context))
            .orElse(List.of());
    cc = withAttendees(cc, to, attendees);
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

    AlertMessages words = in(languages.ofMail(toAddresses, contacts));
    Optional<MeetingInvitation> invitation =
        meeting.flatMap(
            m ->
                invitation(alert, words, m, dispute.orElseThrow(), attendees, chairRole, caseLink));
    String meetingBy = invitation.map(i -> words.inWords(i.end())).orElse(null);
    Mailing mailing =
        new Mailing(
            alert, system, protocol, dispute, caseLink, contacts, to, cc, redirected, meetingBy);
    Map<String, String> values = mailing.values(words);
    AlertText text =
        onClosedDispute(alert, dispute)
            ? words.writeOnClosed(values)
            : words.write(alert.kind().name(), values);
    String reference = reference(alert);
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
              text.html(),
              invitation.map(MeetingInvitation::text).orElse(null)));
    }
    Set<String> told = new LinkedHashSet<>();
    for (ResolvedRole role : Stream.concat(to.stream(), cc.stream()).toList()) {
      if (role.hasNobody() && !isAuthor(role) && told.add(role.roleId())) {
        unresolved(mailing, systemId, role, text, chair).ifPresent(deliveries::add);
      }
    }
    return deliveries;
  }

  /** The meeting's invitation, worded as the alert it goes with. */
  private static Optional<MeetingInvitation> invitation(
      Effect.SendAlert alert,
      AlertMessages words,
      Meeting meeting,
      Dispute dispute,
      List<ResolvedRole> attendees,
      ResolvedRole chairRole,
      String caseLink) {
    String chairTitle = words.chairTitle(dispute.trackId());
    String asked = words.asked(alert, chairTitle, Map.of("reference", dispute.reference().value()));
    return StageMeetings.invitation(
        alert,
        words,
        asked,
        meeting,
        dispute,
        attendees.stream().flatMap(r -> r.people().stream()).toList(),
        chairRole.people().isEmpty() ? null : chairRole.people().get(0),
        caseLink);
  }

  /**
   * The note's author, when the case system gave no address for them and the directory has none:
   * the mail goes to the chair instead, and nobody is asked to fill a role no protocol declares.
   */
  private static boolean isAuthor(ResolvedRole role) {
    return RoleDefinition.AUTHOR.equals(role.roleId());
  }

  private Optional<Delivery> unresolved(
      Mailing mailing, String systemId, ResolvedRole role, AlertText missed, List<String> chair) {
    Effect.SendAlert alert = mailing.alert;
    CaseContacts contacts = mailing.contacts;
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
    AlertMessages words = in(languages.ofMail(to, contacts));
    Map<String, String> values = mailing.values(words);
    values.put("redirected", null);
    values.put("missedRole", role.roleName());
    values.put("missedSubject", missed.subject());
    values.put("fix", fix(role, contacts, words));
    AlertText text = words.write(AlertMessages.ROLE_UNRESOLVED, values);
    return Optional.of(
        new Delivery.Mail(
            key,
            alert.reference() == null ? null : alert.reference().value(),
            systemId,
            to,
            cc,
            text.subject(),
            text.plainText(),
            text.html(),
            null));
  }

  /** What would put someone behind the role, in the words of whoever can do it. */
  private String fix(ResolvedRole role, CaseContacts contacts, AlertMessages words) {
    if (role.source() == null) {
      return words.part("fix.undeclared", "roleId", role.roleId());
    }
    return switch (role.source()) {
      case CHAIR -> words.part("fix.chair");
      case CASE -> words.part("fix.case", "role", role.roleName());
      case DIRECTORY, EXTERNAL -> {
        List<String> teams = RecipientResolver.teamsOf(contacts);
        String where =
            directory
                .areaOf(teams)
                .map(ServiceArea::name)
                .map(area -> words.part("fix.where.area", "area", area))
                .orElseGet(
                    () ->
                        words.part(
                            directory.defaultArea().isEmpty()
                                ? "fix.where.noDefault"
                                : teams.isEmpty()
                                    ? "fix.where.teamsUnknown"
                                    : "fix.where.teamsInNoArea"));
        yield words.part("fix.directory", "roleId", role.roleId(), "where", where);
      }
    };
  }

  /**
   * A note on a closed dispute (a late response, or a command after it closed): its "Note not
   * applied" alert opens with {@code NOTE_REJECTED.intro.closed}, as there is nothing to correct.
   */
  private static boolean onClosedDispute(Effect.SendAlert alert, Optional<Dispute> dispute) {
    return alert.kind() == AlertKind.NOTE_REJECTED
        && dispute.map(d -> d.status().isClosed()).orElse(false);
  }

  /**
   * The alert's copy roles. A stage opening also goes to the raising chair, when they have an
   * address, so the chair hears when their dispute escalates by itself.
   */
  private List<ResolvedRole> copies(
      Effect.SendAlert alert, Protocol protocol, CaseContacts contacts, AlertContext context) {
    List<ResolvedRole> cc = resolveAll(alert.cc(), alert, protocol, contacts, context);
    if (alert.kind() != AlertKind.STAGE_OPENED
        || alert.to().contains(RoleDefinition.CHAIR)
        || alert.cc().contains(RoleDefinition.CHAIR)) {
      return cc;
    }
    ResolvedRole chair = resolveOne(RoleDefinition.CHAIR, alert, protocol, contacts, context);
    return chair.hasNobody() ? cc : Stream.concat(cc.stream(), Stream.of(chair)).toList();
  }

  /**
   * The copies, with every meeting attendee not already sent the alert or copied in. An attendee
   * role with nobody behind it is left out: the invitation cannot reach them either.
   */
  private static List<ResolvedRole> withAttendees(
      List<ResolvedRole> cc, List<ResolvedRole> to, List<ResolvedRole> attendees) {
    Set<String> present = new LinkedHashSet<>();
    Stream.concat(to.stream(), cc.stream()).forEach(r -> present.add(r.roleId()));
    List<ResolvedRole> all = new ArrayList<>(cc);
    attendees.stream().filter(a -> !a.hasNobody() && present.add(a.roleId())).forEach(all::add);
    return all;
  }

  private List<ResolvedRole> resolveAll(
      List<String> roles,
      Effect.SendAlert alert,
      Protocol protocol,
      CaseContacts contacts,
      AlertContext context) {
    return roles.stream().map(r -> resolveOne(r, alert, protocol, contacts, context)).toList();
  }

  /** The role's people; the chair named as the council calls them on the dispute's track. */
  private ResolvedRole resolveOne(
      String roleId,
      Effect.SendAlert alert,
      Protocol protocol,
      CaseContacts contacts,
      AlertContext context) {
    ResolvedRole role = resolver.resolve(roleId, protocol, contacts, alert.chairId());
    return RoleDefinition.CHAIR.equals(roleId) ? role.named(context.chairTitle()) : role;
  }

  /**
   * One alert's mail before its language is chosen: its values are worded per language, so the
   * alert and each "nobody recorded" mail read in their readers' language.
   */
  private final class Mailing {
    private final Effect.SendAlert alert;
    private final SystemDefinition system;
    private final Protocol protocol;
    private final Optional<Dispute> dispute;
    private final String caseLink;
    private final CaseContacts contacts;
    private final List<ResolvedRole> to;
    private final List<ResolvedRole> cc;
    private final boolean redirected;
    private final String meetingBy;

    Mailing(
        Effect.SendAlert alert,
        SystemDefinition system,
        Protocol protocol,
        Optional<Dispute> dispute,
        String caseLink,
        CaseContacts contacts,
        List<ResolvedRole> to,
        List<ResolvedRole> cc,
        boolean redirected,
        String meetingBy) {
      this.alert = alert;
      this.system = system;
      this.protocol = protocol;
      this.dispute = dispute;
      this.caseLink = caseLink;
      this.contacts = contacts;
      this.to = to;
      this.cc = cc;
      this.redirected = redirected;
      this.meetingBy = meetingBy;
    }

    /** The alert's values in the wording given. */
    Map<String, String> values(AlertMessages words) {
      AlertContext context = AlertContext.of(alert, dispute, protocol, system, contacts, words);
      Map<String, String> v = new HashMap<>();
      v.put("reference", reference(alert));
      v.put("noteId", alert.reference() == null ? rejectedNoteOf(alert) : null);
      v.put("stageName", alert.stageName());
      v.put("dueAt", CaseNoteValues.iso(alert.dueAt()));
      v.put("dueInWords", alert.dueAt() == null ? null : words.inWords(alert.dueAt()));
      v.put("toList", describe(to, words, context.chairTitle()));
      v.put("ccList", describe(cc, words, context.chairTitle()));
      v.put("caseLink", caseLink);
      context.putInto(v);
      v.put("asked", words.asked(alert, context.chairTitle(), v));
      boolean answerable = answersAddress != null && alert.reference() != null;
      v.put("replyTo", answerable && v.get("answer") != null ? answersAddress : null);
      v.put("meetingBy", meetingBy);
      v.put("redirected", redirected ? words.part("redirected") : null);
      return v;
    }
  }

  private static String reference(Effect.SendAlert alert) {
    return alert.reference() == null ? null : alert.reference().value();
  }

  /** The note a rejected raise came from ({@code system:noteId@version}), from its alert's key. */
  static String rejectedNoteOf(Effect.SendAlert alert) {
    Matcher m = REJECTED_NOTE_KEY.matcher(alert.idempotencyKey());
    return m.matches() ? m.group(1) : null;
  }

  /** The roles as a line names them; the chair by their title in the wording given. */
  private static String describe(List<ResolvedRole> roles, AlertMessages words, String chair) {
    return roles.isEmpty()
        ? words.part("role.none")
        : String.join(
            "; ",
            roles.stream()
                .map(r -> RoleDefinition.CHAIR.equals(r.roleId()) ? r.named(chair) : r)
                .map(r -> r.describe(words))
                .toList());
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
