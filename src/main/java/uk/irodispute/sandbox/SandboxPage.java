package uk.irodispute.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.irodispute.config.AcceleratedClock;
import uk.irodispute.core.protocol.StandardCategories;

/**
 * Renders the sandbox page and a child's page in a case system, from the templates under {@code
 * templates/sandbox/} with the console's template engine: every value is escaped there.
 */
final class SandboxPage {

  /** The answer fields the page's forms offer, canonical names; each system asks some of them. */
  static final List<String> FIELDS =
      List.of(
          "reference",
          "track",
          "category",
          "seriousness",
          "startAt",
          "responseType",
          "reason",
          "approvedBy",
          "extendBy");

  private static final DateTimeFormatter LONDON_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.UK)
          .withZone(ReportingDatabase.LONDON);

  private final SandboxCaseSystems sandbox;
  private final SandboxMailServer mail;
  private final Clock clock;
  private final ITemplateEngine templates;

  SandboxPage(
      SandboxCaseSystems sandbox, SandboxMailServer mail, Clock clock, ITemplateEngine templates) {
    this.sandbox = sandbox;
    this.mail = mail;
    this.clock = clock;
    this.templates = templates;
  }

  String home(String done, String error) {
    Context page = new Context(Locale.UK);
    page.setVariable("now", london(clock.instant()));
    page.setVariable(
        "speed",
        clock instanceof AcceleratedClock accelerated && accelerated.speed() > 1
            ? accelerated.speed()
            : null);
    page.setVariable("mailAt", mail.host() + ":" + mail.port());
    page.setVariable("done", done);
    page.setVariable("error", error);
    page.setVariable("children", children());
    page.setVariable(
        "authors",
        List.of(Post.IRO, Post.SOCIAL_WORKER, Post.TEAM_MANAGER).stream()
            .map(post -> new Option(post.id(), "the child's " + post.id()))
            .toList());
    page.setVariable("actions", VendorForm.ACTIONS);
    page.setVariable("fields", FIELDS);
    page.setVariable("categories", StandardCategories.ALL);
    page.setVariable("editable", editable());
    page.setVariable(
        "recorded",
        Arrays.stream(SandboxSystem.values())
            .map(s -> new SystemNotes(s.title(), noteRows(sandbox.notes(s))))
            .toList());
    page.setVariable("writtenBack", writtenBackRows(sandbox.writtenBack()));
    page.setVariable("mails", mails());
    page.setVariable(
        "faults",
        Arrays.stream(SandboxSystem.values())
            .map(
                s ->
                    new ArmedFaults(
                        s.id(), sandbox.faults(s).armed().stream().map(Fault::describe).toList()))
            .toList());
    page.setVariable("faultKinds", Arrays.stream(FaultKind.values()).map(FaultKind::id).toList());
    page.setVariable(
        "faultTargets", Arrays.stream(FaultTarget.values()).map(FaultTarget::id).toList());
    return templates.process("sandbox/home", page);
  }

  /** A child's record in one system: the link in every alert leads here. */
  String child(SandboxSystem system, SandboxChild child) {
    Context page = new Context(Locale.UK);
    page.setVariable("title", "Person " + child.personId());
    page.setVariable("systemTitle", system.title());
    page.setVariable(
        "about",
        "Person "
            + child.personId()
            + (child.caseId() == null ? "" : ", episode/case " + child.caseId())
            + ", "
            + child.track()
            + ", born "
            + child.birthDate());
    SandboxRoster roster = sandbox.roster(system);
    page.setVariable(
        "workers",
        Arrays.stream(Post.values())
            .map(
                post -> {
                  SandboxWorker w = roster.worker(child.allocated(post));
                  return new Allocation(
                      post.id(), w.name() + " (" + w.id() + ")", w.team(), w.email());
                })
            .toList());
    page.setVariable(
        "notes",
        noteRows(
            sandbox.notes(system).stream()
                .filter(n -> child.personId().equals(n.personId()))
                .toList()));
    page.setVariable(
        "writtenBack",
        writtenBackRows(
            sandbox.writtenBack(system).stream()
                .filter(w -> child.personId().equals(w.personId()))
                .toList()));
    return templates.process("sandbox/child", page);
  }

  /** The child's page, where each system file's {@code caseLink} points. */
  String personLink(SandboxSystem system, String personId) {
    return switch (system) {
      case LCS_REPORTING -> "/sandbox/lcs-reporting/person/" + personId;
      case LCS_API -> "/sandbox/lcs-api/person/" + personId;
      case FWI_API -> "/sandbox/fwi/episode/" + sandbox.roster(system).child(personId).caseId();
    };
  }

  /** A time in London, in words a person reads: {@code Wed 4 Nov 2026, 10:00:00}. */
  static String london(Instant instant) {
    return instant == null ? "" : LONDON_TIME.format(instant);
  }

  private List<SystemChildren> children() {
    return Arrays.stream(SandboxSystem.values())
        .map(
            system -> {
              SandboxRoster roster = sandbox.roster(system);
              return new SystemChildren(
                  system.title(),
                  roster.children().stream()
                      .map(
                          c ->
                              new ChildRow(
                                  new Option(
                                      system.id() + "/" + c.personId(),
                                      system.id() + " · " + c.personId() + " (" + c.track() + ")"),
                                  c.personId(),
                                  personLink(system, c.personId()),
                                  c.caseId(),
                                  c.track(),
                                  Arrays.stream(Post.values())
                                      .map(post -> roster.worker(c.allocated(post)))
                                      .map(w -> w.name() + ", " + w.team() + " (" + w.id() + ")")
                                      .toList()))
                      .toList());
            })
        .toList();
  }

  private List<Option> editable() {
    return Arrays.stream(SandboxSystem.values())
        .flatMap(
            system ->
                sandbox.notes(system).stream()
                    .filter(RecordedNote::isDisputeNote)
                    .map(
                        n ->
                            new Option(
                                system.id() + "/" + n.noteId(),
                                system.id()
                                    + " · "
                                    + n.noteId()
                                    + " v"
                                    + n.version()
                                    + " · "
                                    + n.answer("action"))))
        .toList();
  }

  private List<NoteRow> noteRows(List<RecordedNote> notes) {
    return notes.stream()
        .map(
            n -> {
              SandboxWorker author = sandbox.parties(n).author();
              boolean known =
                  n.personId() != null
                      && sandbox.roster(n.system()).findChild(n.personId()).isPresent();
              return new NoteRow(
                  n.noteId(),
                  n.version(),
                  n.noteType(),
                  n.personId() == null ? "none" : n.personId(),
                  known ? personLink(n.system(), n.personId()) : null,
                  author.name()
                      + " ("
                      + (author.post() == null ? "unchecked" : author.post().id())
                      + ")",
                  london(n.modifiedAt()),
                  new TreeMap<>(n.answers()).toString(),
                  n.text());
            })
        .toList();
  }

  private static List<WrittenBackRow> writtenBackRows(List<WrittenBackNote> notes) {
    return notes.stream()
        .map(
            w ->
                new WrittenBackRow(
                    w.system().id(),
                    w.channel(),
                    w.key(),
                    w.personId(),
                    london(w.receivedAt()),
                    new TreeMap<>(w.fields())))
        .toList();
  }

  private List<MailRow> mails() {
    return mail.receivedMails().stream()
        .map(
            m ->
                new MailRow(
                    london(m.sentAt()),
                    String.join(", ", m.to()),
                    String.join(", ", m.cc()),
                    m.subject(),
                    m.plainText() == null ? "(no plain text part)" : m.plainText(),
                    m.messageId(),
                    mail.imapPort() >= 0 && !m.to().isEmpty() ? m.to().get(0) : null))
        .toList();
  }

  /** A choice in a form: the value sent and the words shown. */
  record Option(String value, String label) {}

  /** A system's children, for the form's choice and the table of workers. */
  record SystemChildren(String title, List<ChildRow> children) {}

  record ChildRow(
      Option choice,
      String personId,
      String link,
      String caseId,
      String track,
      List<String> workers) {}

  record SystemNotes(String title, List<NoteRow> notes) {}

  record NoteRow(
      String noteId,
      int version,
      String type,
      String personId,
      String personLink,
      String author,
      String changed,
      String answers,
      String text) {}

  record WrittenBackRow(
      String system,
      String channel,
      String key,
      String personId,
      String received,
      Map<String, String> fields) {}

  /**
   * A mail the sandbox took.
   *
   * @param replyFrom who the page answers it as, by a reply into the answers mailbox; null when the
   *     sandbox reads no answers
   */
  record MailRow(
      String sent,
      String to,
      String cc,
      String subject,
      String text,
      String messageId,
      String replyFrom) {}

  record ArmedFaults(String system, List<String> armed) {}

  record Allocation(String post, String worker, String team, String email) {}
}
