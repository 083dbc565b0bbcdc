package uk.irodispute.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.systems.WriteBack;

/**
 * The one list of what a council may override under {@code mappings/messages/}: the built-in files,
 * the {@code {{names}}} each may use and the parts each must keep. The renderers fill exactly these
 * names, and the {@code validate} command checks an override by them.
 */
public final class MessageFiles {

  /** The subject line of every alert. */
  public static final String ALERT_SUBJECT = "alert-subject.txt";

  /** The plain-text body of every alert. */
  public static final String ALERT_TEXT = "alert.txt";

  /** An answer by e-mail, as it is written back into the case system. */
  public static final String ANSWER_NOTE = "answer-note.txt";

  /** The subject of the mail refusing an answer by e-mail. */
  public static final String ANSWER_REFUSED_SUBJECT = "answer-refused-subject.txt";

  /** The text of the mail refusing an answer by e-mail. */
  public static final String ANSWER_REFUSED = "answer-refused.txt";

  /** Why a reply to an alert was refused and what to do instead, key by key. */
  public static final String ANSWER_REFUSALS = "answer-refused.properties";

  /** The HTML body of every alert. */
  public static final String ALERT_HTML = "alert.html";

  /** Per kind of alert: its subject, opening sentence and answer; the chair's titles. */
  public static final String ALERTS = "alerts.properties";

  /** The text of every case note written back. */
  public static final String CASE_NOTE = "case-note.txt";

  /** The weekly oversight digest's words, key by key. */
  public static final String DIGEST = "digest.properties";

  /** Every built-in file, as under {@code src/main/resources/messages/}. */
  public static final List<String> BUILT_IN =
      List.of(
          ALERT_SUBJECT,
          ALERT_TEXT,
          ALERT_HTML,
          ALERTS,
          CASE_NOTE,
          ANSWER_NOTE,
          ANSWER_REFUSED_SUBJECT,
          ANSWER_REFUSED,
          ANSWER_REFUSALS,
          DIGEST);

  /** The values every alert is written with: its subject and opening sentence may use them. */
  public static final List<String> ALERT_VALUES =
      List.of(
          "reference",
          "noteId",
          "stageName",
          "asked",
          "dueAt",
          "dueInWords",
          "toList",
          "ccList",
          "caseLink",
          "chairTitle",
          "chairName",
          "raisedBy",
          "category",
          "outcomeSought",
          "ifNot",
          "answer",
          "replyTo",
          "meetingBy",
          "redirected",
          "missedRole",
          "missedSubject",
          "fix");

  /** What a case note's text may use besides the write-back values. */
  public static final List<String> NOTE_CONTEXT = List.of("raisedBy", "category", "outcomeSought");

  /**
   * The parts a file must keep, by the names that carry them: a subject names the dispute; an alert
   * body names the dispute, what is asked and how to answer; a note names the dispute and what
   * happened.
   */
  public static final Map<String, List<String>> REQUIRED =
      Map.of(
          ALERT_SUBJECT, List.of("reference"),
          ALERT_TEXT, List.of("intro", "reference", "asked", "answer"),
          ALERT_HTML, List.of("intro", "reference", "asked", "answer"),
          CASE_NOTE, List.of("reference", "summary"));

  /** What an alert may ask its reader to record, as {@code <KIND>.answer} in {@link #ALERTS}. */
  public static final Set<String> ANSWERS = Set.of("respond", "decide", "resume", "done");

  /** Keys of {@link #ALERTS} a council may add beyond the built-in ones: a title per track. */
  public static final String CHAIR_TITLE_PER_TRACK = "chair.title.";

  private MessageFiles() {}

  /**
   * The names a template file may use.
   *
   * @param file one of {@link #BUILT_IN} other than {@link #ALERTS}
   */
  public static Set<String> names(String file) {
    Set<String> names = new LinkedHashSet<>();
    switch (file) {
      case ALERT_SUBJECT -> {
        names.addAll(ALERT_VALUES);
        names.add("what");
      }
      case ALERT_TEXT, ALERT_HTML -> {
        names.addAll(ALERT_VALUES);
        names.addAll(List.of("what", "subject", "intro"));
      }
      case CASE_NOTE -> {
        List<String> values = new ArrayList<>(WriteBack.TEMPLATE_VALUES);
        values.remove("text");
        names.addAll(values);
        names.addAll(NOTE_CONTEXT);
      }
      default -> names.addAll(Wording.builtIn().template(Wording.ENGLISH, file).names());
    }
    return names;
  }

  /**
   * Whether a properties file may hold the key: a key the built-in file has, or in {@link #ALERTS}
   * a chair's title for a track.
   */
  public static boolean isKey(String file, String key) {
    return keys(file).contains(key)
        || (file.equals(ALERTS)
            && key.startsWith(CHAIR_TITLE_PER_TRACK)
            && key.length() > CHAIR_TITLE_PER_TRACK.length());
  }

  /** The keys of a built-in properties file. */
  public static Set<String> keys(String file) {
    return new TreeSet<>(Wording.builtIn().properties(Wording.ENGLISH, file).stringPropertyNames());
  }

  /**
   * The names one key's value may use: in {@link #ALERTS}, an {@code asked.<ASK>} key also takes
   * the values its ask declares ({@code core/engine/Asked.Ask}), and a key of {@link #PARTS} takes
   * only its own values.
   */
  public static Set<String> valueNames(String file, String key) {
    if (file.equals(ALERTS) && PARTS.containsKey(key)) {
      return new LinkedHashSet<>(PARTS.get(key));
    }
    Set<String> names = valueNames(file);
    if (file.equals(ALERTS) && key.startsWith(ASKED_PREFIX)) {
      Arrays.stream(Asked.Ask.values())
          .filter(a -> a.name().equals(key.substring(ASKED_PREFIX.length())))
          .forEach(a -> names.addAll(a.names()));
    }
    return names;
  }

  /** The start of the keys in {@link #ALERTS} that word what an alert asks. */
  public static final String ASKED_PREFIX = "asked.";

  /**
   * The keys of {@link #ALERTS} that word a part of an alert the adapter puts together (the "If not
   * done" line, the redirect notice, how roles are listed, how to answer, what would fill a role),
   * each with the only values it is given.
   */
  public static final Map<String, List<String>> PARTS =
      Map.ofEntries(
          Map.entry("ifNot.escalates", List.of("nextStage", "chairTitle")),
          Map.entry("ifNot.chairDecides", List.of("chairTitle")),
          Map.entry("redirected", List.of()),
          Map.entry("role.person", List.of("name", "role")),
          Map.entry("role.nobody", List.of("role")),
          Map.entry("role.none", List.of()),
          Map.entry("meeting.summary", List.of("reference", "stageName")),
          Map.entry(
              "meeting.description",
              List.of("reference", "stageName", "meetingBy", "asked", "caseLink")),
          Map.entry("answer.respond", List.of("note")),
          Map.entry("answer.resume", List.of("note")),
          Map.entry("answer.done", List.of("note")),
          Map.entry("answer.decide", List.of("satisfied", "escalate")),
          Map.entry("answer.note.type", List.of("type")),
          Map.entry("answer.note.field", List.of("type", "field", "word")),
          Map.entry("answer.note.word", List.of("word")),
          Map.entry("fix.undeclared", List.of("roleId")),
          Map.entry("fix.chair", List.of()),
          Map.entry("fix.case", List.of("role")),
          Map.entry("fix.directory", List.of("roleId", "where")),
          Map.entry("fix.where.area", List.of("area")),
          Map.entry("fix.where.teamsUnknown", List.of()),
          Map.entry("fix.where.teamsInNoArea", List.of()),
          Map.entry("fix.where.noDefault", List.of()));

  /** The names a properties file's values may use. */
  public static Set<String> valueNames(String file) {
    if (file.equals(ALERTS)) {
      return new LinkedHashSet<>(ALERT_VALUES);
    }
    Set<String> names = new LinkedHashSet<>();
    Properties builtIn = Wording.builtIn().properties(Wording.ENGLISH, file);
    builtIn
        .stringPropertyNames()
        .forEach(k -> names.addAll(Template.parse(builtIn.getProperty(k)).names()));
    return names;
  }

  /** Whether the file is a properties file (keys and values) rather than a template. */
  public static boolean isProperties(String file) {
    return file.endsWith(".properties");
  }
}
