package uk.irodispute.delivery;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.directory.Directory;
import uk.irodispute.systems.SystemDefinition;

/**
 * What an answer by e-mail needs from the delivery side: who the current stage's alert was sent to,
 * the answer written back as its author's case note, and the mail that refuses an answer. Roles are
 * resolved as {@link AlertPlanner} resolves them, so a reply is checked against the addresses the
 * alert went to.
 */
public final class AnswerPlanner {

  /** The note kind of an answer by e-mail, as write-back templates see it in {@code kind}. */
  public static final String ANSWER_KIND = "answer";

  /**
   * The start of the idempotency key of everything an answer by e-mail sends: its note and its
   * refusal. A refusal carries no Reply-To, so an automatic reply to it is not read as an answer.
   */
  public static final String KEY_PREFIX = "answer/";

  private final Map<String, Template> noteText = new HashMap<>();
  private final Map<String, Template> refusedSubject = new HashMap<>();
  private final Map<String, Template> refusedText = new HashMap<>();
  private final Map<String, Properties> refusals = new HashMap<>();
  private final Languages languages;

  private final Function<String, SystemDefinition> systems;
  private final ProtocolLookup protocols;
  private final RecipientResolver resolver;
  private final AlertMessages messages;
  private final WriteBackRenderer writeBacks = new WriteBackRenderer();

  /** A dispute's own protocol version; empty when no loaded file has it. */
  public interface ProtocolLookup {
    Optional<Protocol> of(Dispute dispute);
  }

  /**
   * @param systems the system file by id; null for an id no file has
   * @param directory the staff directory
   * @param protocols the dispute's own protocol version
   * @param wording the built-in wording with the council's overrides
   */
  public AnswerPlanner(
      Function<String, SystemDefinition> systems,
      Directory directory,
      ProtocolLookup protocols,
      Wording wording) {
    this.messages = new AlertMessages(wording, Wording.ENGLISH);
    for (String language : Wording.LANGUAGES) {
      noteText.put(language, wording.template(language, MessageFiles.ANSWER_NOTE));
      refusedSubject.put(language, wording.template(language, MessageFiles.ANSWER_REFUSED_SUBJECT));
      refusedText.put(language, wording.template(language, MessageFiles.ANSWER_REFUSED));
      refusals.put(language, wording.properties(language, MessageFiles.ANSWER_REFUSALS));
    }
    this.languages = new Languages(directory);
    this.systems = systems;
    this.protocols = protocols;
    this.resolver = new RecipientResolver(directory);
  }

  /**
   * The people the current stage's alert asked to act, by lower-case address: each with the role
   * they were asked in. Empty when the stage or protocol is not known.
   */
  public Map<String, StageRecipient> askedAtCurrentStage(Dispute dispute, CaseContacts contacts) {
    Map<String, StageRecipient> asked = new LinkedHashMap<>();
    Optional<Protocol> protocol = protocols.of(dispute);
    Optional<StageDefinition> stage =
        protocol
            .flatMap(p -> p.track(dispute.trackId()))
            .flatMap(t -> t.stage(dispute.currentStageId()));
    if (stage.isEmpty()) {
      return asked;
    }
    for (String roleId : stage.get().to()) {
      ResolvedRole role = resolver.resolve(roleId, protocol.get(), contacts, dispute.chairId());
      for (Recipient person : role.people()) {
        asked.putIfAbsent(
            person.email().toLowerCase(Locale.ROOT),
            new StageRecipient(person.name(), roleId, role.roleName()));
      }
    }
    return asked;
  }

  /** The raising chair as alerts reach them, with the title the council gives them. */
  public Optional<StageRecipient> chair(Dispute dispute, CaseContacts contacts, String address) {
    Protocol protocol = protocols.of(dispute).orElse(null);
    ResolvedRole chair =
        resolver.resolve(RoleDefinition.CHAIR, protocol, contacts, dispute.chairId());
    return chair.people().stream()
        .filter(p -> p.email().equalsIgnoreCase(address))
        .findFirst()
        .map(
            p ->
                new StageRecipient(
                    p.name(), RoleDefinition.CHAIR, messages.chairTitle(dispute.trackId())));
  }

  /**
   * The answer as its author's case note, in the system's write-back, worded in the language of the
   * case's area as every case note is; empty when the system has no write-back.
   *
   * @param contacts the staff the dispute's notes named, whose teams give the case's area
   * @param key the delivery's idempotency key, ending in {@link Delivery#CASE_NOTE_KEY_SUFFIX}
   * @param author who answered, as their role
   * @param response the response in the protocol's words, for example {@code Respond}
   * @param text what the reply said below its first line
   */
  public Optional<Delivery> answerNote(
      Dispute dispute,
      CaseContacts contacts,
      String key,
      StageRecipient author,
      String response,
      String text) {
    SystemDefinition system = systems.apply(dispute.subject().sourceSystem());
    if (system == null || system.writeBack() == null) {
      return Optional.empty();
    }
    String stageName =
        protocols
            .of(dispute)
            .flatMap(p -> p.track(dispute.trackId()))
            .flatMap(t -> t.stage(dispute.currentStageId()))
            .map(StageDefinition::name)
            .orElse(dispute.currentStageId());
    Map<String, String> v = new HashMap<>();
    v.put("idempotencyKey", key);
    v.put("noteKey", CaseNoteValues.noteKey(key));
    v.put("reference", dispute.reference().value());
    v.put("personId", dispute.subject().personId());
    v.put("caseId", dispute.subject().caseId());
    v.put("kind", ANSWER_KIND);
    v.put("kindUpper", ANSWER_KIND.toUpperCase(Locale.ROOT));
    v.put("kindTitle", "Answer");
    v.put("authorRole", author.roleName());
    v.put("authorRoleId", author.roleId());
    v.put("stageId", dispute.currentStageId());
    v.put("stageName", stageName);
    v.put("dueAt", null);
    v.put("dueInWords", null);
    v.put("summary", response);
    v.put("caseLink", CaseLinks.of(system, dispute.subject()));
    Map<String, String> forText = new HashMap<>(v);
    forText.put("authorName", author.name());
    forText.put("answer", text == null || text.isBlank() ? null : text.strip());
    v.put("text", noteText.get(languages.ofCase(contacts)).render(forText, Escaping.PLAIN));
    return Optional.of(writeBacks.render(system.id(), system.writeBack(), v));
  }

  /**
   * Why a reply was not taken: each has its {@code <WHY>.reason} and {@code <WHY>.whatToDo} in
   * {@code answer-refused.properties}.
   */
  public enum Refusal {
    /** The reply names no dispute. */
    NO_REFERENCE,
    /** The reply names a dispute the adapter does not have. */
    NO_SUCH_DISPUTE,
    /** The dispute is closed: {@code status}. */
    CLOSED,
    /** The council's mail server did not confirm the sender. */
    NOT_AUTHENTICATED,
    /** The dispute's protocol is not loaded. */
    NO_PROTOCOL,
    /** The sender was not among those the current stage was sent to. */
    NOT_SENT_TO,
    /** The first line gives no response the sender may give: {@code words}. */
    NO_RESPONSE
  }

  /**
   * The plain-text mail that tells the sender their reply was not taken, in the sender's language
   * (their choice in the staff directory, else the default area's).
   *
   * @param reference the dispute the reply was matched to; null when none was
   * @param why why it was refused
   * @param status a closed dispute's status, for {@link Refusal#CLOSED}; null otherwise
   * @param words the responses the sender may give, for {@link Refusal#NO_RESPONSE}; null otherwise
   * @param excerpt the start of the reply, at most a short line
   */
  public Delivery.Mail refusal(
      String key,
      String reference,
      String systemId,
      String to,
      Refusal why,
      String status,
      String words,
      String excerpt) {
    String language = languages.ofMail(List.of(to));
    Map<String, String> v = new HashMap<>();
    v.put("reference", reference);
    v.put("reason", refusalWords(language, why, "reason", reference, status, words));
    v.put("whatToDo", refusalWords(language, why, "whatToDo", reference, status, words));
    v.put("excerpt", excerpt);
    return new Delivery.Mail(
        key,
        reference,
        systemId,
        List.of(to),
        List.of(),
        WriteBackRenderer.oneLine(refusedSubject.get(language).render(v, Escaping.PLAIN)),
        refusedText.get(language).render(v, Escaping.PLAIN),
        null,
        null);
  }

  /** Why a reply was refused, in English, for the dead letter operations read. */
  public String reason(Refusal why, String reference, String status, String words) {
    return refusalWords(Wording.ENGLISH, why, "reason", reference, status, words);
  }

  private String refusalWords(
      String language, Refusal why, String part, String reference, String status, String words) {
    Properties p = refusals.get(language);
    Map<String, String> v = new HashMap<>();
    v.put("reference", reference);
    v.put("status", status);
    v.put("words", words);
    v.put("recordInstead", null);
    v.put("recordInstead", render(p, "recordInstead", v));
    return render(p, why.name() + "." + part, v);
  }

  private static String render(Properties words, String key, Map<String, String> values) {
    String text = words.getProperty(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException(
          "messages/" + MessageFiles.ANSWER_REFUSALS + " has no " + key);
    }
    return Template.parse(text.strip()).render(values, Escaping.PLAIN);
  }

  /**
   * Someone an alert reached, as the role it reached them in.
   *
   * @param name their name as messages show it
   * @param roleId the protocol role, or {@code chair}
   * @param roleName the role's name, or the chair's title
   */
  public record StageRecipient(String name, String roleId, String roleName) {}
}
