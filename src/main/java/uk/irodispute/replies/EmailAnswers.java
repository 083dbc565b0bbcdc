package uk.irodispute.replies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.delivery.AnswerPlanner;
import uk.irodispute.delivery.AnswerPlanner.Refusal;
import uk.irodispute.delivery.AnswerPlanner.StageRecipient;
import uk.irodispute.delivery.CaseContacts;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.replies.AnswerWords.Answer;
import uk.irodispute.replies.AnswerWords.From;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.DisputeContacts;
import uk.irodispute.store.Disputes;
import uk.irodispute.store.IntakeResult;
import uk.irodispute.store.OutboxQueue;

/**
 * Takes one reply to an alert as an answer, or refuses it. A reply is taken when it names an open
 * dispute (the {@code X-IRO-Dispute} header it kept, a reference in its In-Reply-To or References,
 * or in its subject), comes from someone the current stage was sent to (or the IRO who raised it),
 * passes the council's mail server's check where required, and starts with a response the protocol
 * knows. It is then written back as its author's case note and taken like a note. Anything else is
 * refused: a mail to the sender says why and a dead letter keeps the reason; nothing is acted on.
 * Taking the same reply again changes nothing: its note, refusal and dead letter each have a key.
 */
public class EmailAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(EmailAnswers.class);

  /** The system a refused reply's dead letter is filed under when it matched no dispute. */
  public static final String NO_SYSTEM = "answers";

  /** The most of a reply quoted back to its sender in a refusal. */
  static final int MOST_QUOTED = 60;

  private static final Pattern REFERENCE = Pattern.compile("DRP-\\d{4}-\\d{6,}");

  /** What became of a reply. */
  public enum Outcome {
    /** Written back and taken as its author's note. */
    TAKEN,
    /** Refused: its sender was told, a dead letter keeps the reason. */
    REFUSED,
    /** An automatic reply (out of office): kept as a dead letter, its sender not told. */
    AUTOMATIC
  }

  private final Disputes disputes;
  private final DisputeContacts contacts;
  private final Directory directory;
  private final AnswerPlanner.ProtocolLookup protocols;
  private final AnswerPlanner planner;
  private final OutboxQueue outbox;
  private final DeadLetters deadLetters;
  private final NoteIntake intake;
  private final AnswerSettings settings;
  private final Clock clock;

  public EmailAnswers(
      Disputes disputes,
      DisputeContacts contacts,
      Directory directory,
      AnswerPlanner.ProtocolLookup protocols,
      AnswerPlanner planner,
      OutboxQueue outbox,
      DeadLetters deadLetters,
      NoteIntake intake,
      AnswerSettings settings,
      Clock clock) {
    this.disputes = disputes;
    this.contacts = contacts;
    this.directory = directory;
    this.protocols = protocols;
    this.planner = planner;
    this.outbox = outbox;
    this.deadLetters = deadLetters;
    this.intake = intake;
    this.settings = settings;
    this.clock = clock;
  }

  /** Takes the reply as an answer, or refuses it; see the class comment. */
  public Outcome take(Reply reply) {
    String id = idOf(reply);
    Optional<DisputeReference> reference = referenceOf(reply);
    Optional<Dispute> dispute = reference.flatMap(disputes::find);
    String systemId = dispute.map(d -> d.subject().sourceSystem()).orElse(NO_SYSTEM);
    String ref = reference.map(DisputeReference::value).orElse(null);
    if (reply.automatic()) {
      keep(id, systemId, "an automatic reply (Auto-Submitted); its sender was not answered");
      LOG.info("Answer by e-mail {}: an automatic reply, not answered", id);
      return Outcome.AUTOMATIC;
    }
    if (reply.from() == null) {
      keep(id, systemId, "the reply has no single sender address to answer");
      return Outcome.REFUSED;
    }
    if (reference.isEmpty()) {
      return refuse(reply, id, null, systemId, Refusal.NO_REFERENCE, null, null);
    }
    if (dispute.isEmpty()) {
      return refuse(reply, id, ref, systemId, Refusal.NO_SUCH_DISPUTE, null, null);
    }
    Dispute d = dispute.get();
    if (d.status().isClosed()) {
      return refuse(
          reply,
          id,
          ref,
          systemId,
          Refusal.CLOSED,
          d.status().name().toLowerCase(Locale.ROOT),
          null);
    }
    if (settings.requireAuthenticationResults() && !authenticated(reply)) {
      return refuse(reply, id, ref, systemId, Refusal.NOT_AUTHENTICATED, null, null);
    }
    Optional<Protocol> protocol = protocols.of(d);
    if (protocol.isEmpty()) {
      return refuse(reply, id, ref, systemId, Refusal.NO_PROTOCOL, null, null);
    }
    CaseContacts people = contacts.of(d.reference());
    Map<String, StageRecipient> asked = planner.askedAtCurrentStage(d, people);
    Optional<StageRecipient> chair = planner.chair(d, people, reply.from());
    StageRecipient author = asked.get(reply.from());
    From from = author != null ? From.STAGE : chair.isPresent() ? From.CHAIR : null;
    if (from == null) {
      return refuse(reply, id, ref, systemId, Refusal.NOT_SENT_TO, null, null);
    }
    if (author == null) {
      author = chair.get();
    }
    Optional<Answer> answer =
        AnswerWords.first(protocol.get(), reply.text()).filter(a -> a.from() == from);
    if (answer.isEmpty()) {
      return refuse(
          reply,
          id,
          ref,
          systemId,
          Refusal.NO_RESPONSE,
          null,
          String.join(", ", AnswerWords.wordsFor(protocol.get(), from)));
    }
    String text = AnswerWords.rest(reply.text());
    planner
        .answerNote(d, people, keyOf(id, "note"), author, answer.get().title(), text)
        .ifPresent(outbox::queue);
    CaseNote note = noteOf(id, d, author, reply.from(), people, text);
    IntakeResult result = intake.takeAnswer(note, command(answer.get(), note, d, author));
    LOG.info(
        "Answer by e-mail {} to dispute {}: {} ({})",
        id,
        ref,
        result.outcome(),
        answer.get().kind());
    return Outcome.TAKEN;
  }

  private Outcome refuse(
      Reply reply,
      String id,
      String reference,
      String systemId,
      Refusal why,
      String status,
      String words) {
    outbox.queue(
        planner.refusal(
            keyOf(id, "refused"),
            reference,
            systemId,
            reply.from(),
            why,
            status,
            words,
            excerpt(reply.text())));
    String reason = planner.reason(why, reference, status, words);
    keep(id, systemId, "the sender was told: " + reason);
    LOG.info("Answer by e-mail {} refused: {}", id, reason);
    return Outcome.REFUSED;
  }

  private void keep(String id, String systemId, String reason) {
    deadLetters.recordNote(
        systemId,
        "e-mail " + id,
        null,
        DeadLetterReason.ANSWER_REFUSED,
        "Reply refused: " + reason);
  }

  private static Command.OnDispute command(
      Answer answer, CaseNote note, Dispute dispute, StageRecipient author) {
    return switch (answer.kind()) {
      case RESPOND ->
          new Command.Respond(
              note.commandId(),
              note.recordedAt(),
              dispute.reference(),
              null,
              answer.responseType(),
              author.roleId());
      case SATISFIED ->
          new Command.Satisfied(note.commandId(), note.recordedAt(), dispute.reference());
      case ESCALATE ->
          new Command.Escalate(note.commandId(), note.recordedAt(), dispute.reference(), null);
    };
  }

  /** The answer as the note its author would have recorded, with the reply's id as its own. */
  private CaseNote noteOf(
      String id,
      Dispute dispute,
      StageRecipient author,
      String address,
      CaseContacts people,
      String text) {
    Instant now = clock.instant();
    String authorId =
        directory.people().stream()
            .filter(p -> p.email() != null && p.email().equalsIgnoreCase(address))
            .map(DirectoryPerson::id)
            .findFirst()
            .or(
                () ->
                    people.people().stream()
                        .filter(w -> w.email() != null && w.email().equalsIgnoreCase(address))
                        .map(CaseWorker::id)
                        .findFirst())
            .orElse(address);
    return new CaseNote(
        dispute.subject().sourceSystem(),
        "e-mail-" + id,
        "1",
        now,
        dispute.subject().personId(),
        dispute.subject().caseId(),
        AnswerPlanner.ANSWER_KIND,
        new CaseWorker(author.roleId(), authorId, author.name(), address, null),
        now,
        text,
        Map.of(),
        List.of());
  }

  /**
   * The dispute the reply answers: the header it kept, else a reference its In-Reply-To or
   * References name, else the first in its subject.
   */
  static Optional<DisputeReference> referenceOf(Reply reply) {
    return Stream.concat(
            Stream.concat(Stream.ofNullable(reply.disputeHeader()), reply.referencedIds().stream()),
            Stream.of(reply.subject()))
        .map(REFERENCE::matcher)
        .filter(Matcher::find)
        .map(m -> new DisputeReference(m.group()))
        .findFirst();
  }

  /** Whether the council's mail server recorded DKIM or DMARC as passed for the reply. */
  boolean authenticated(Reply reply) {
    return reply.authenticationResults().stream()
        .map(h -> h.toLowerCase(Locale.ROOT))
        .filter(
            h ->
                settings.authenticationServer().isEmpty()
                    || h.strip()
                        .startsWith(settings.authenticationServer().toLowerCase(Locale.ROOT)))
        .anyMatch(h -> h.contains("dmarc=pass") || h.contains("dkim=pass"));
  }

  /** The reply's first words, for its sender to recognise it: never more than a short line. */
  static String excerpt(String text) {
    String line =
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    if (line == null) {
      return null;
    }
    return line.length() <= MOST_QUOTED ? line : line.substring(0, MOST_QUOTED) + "...";
  }

  /** A short id of the reply from its Message-ID: the same reply read again has the same id. */
  static String idOf(Reply reply) {
    String source =
        reply.messageId() != null
            ? reply.messageId()
            : reply.from() + "\n" + reply.subject() + "\n" + reply.text();
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the runtime", e);
    }
  }

  private static String keyOf(String id, String what) {
    return AnswerPlanner.KEY_PREFIX + id + "/" + what;
  }
}
