package uk.irodispute.core.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an alert asks of its readers: which ask, and the values its wording needs. The engine says
 * what is asked; the words are in {@code messages/alerts.properties} under {@code asked.<ask>}, so
 * a council can word them in its own way.
 *
 * @param what the ask
 * @param values the named values the wording uses, for example {@code reason} or {@code cap}; a
 *     value not given is null, so the wording's {@code {{#name}}} section is not shown
 */
public record Asked(Ask what, Map<String, String> values) {

  public Asked {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * An ask with its values, given as name, value, name, value; a value may be null.
   *
   * @throws IllegalArgumentException when a name has no value after it, or is not the ask's
   */
  public static Asked of(Ask what, String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("every value of " + what + " needs a name");
    }
    Map<String, String> values = new LinkedHashMap<>();
    what.names().forEach(name -> values.put(name, null));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!what.names().contains(namesAndValues[i])) {
        throw new IllegalArgumentException(what + " has no value " + namesAndValues[i]);
      }
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Asked(what, values);
  }

  /** The named value; null when not given. */
  public String value(String name) {
    return values.get(name);
  }

  /** What an alert can ask; each has its wording in {@code alerts.properties}. */
  public enum Ask {
    /** A stage opened: its guidance, a referral to consider, a cap that cut its time short. */
    STAGE_OPENED("guidance", "referral", "cap"),
    /** A dispute judged at a seriousness level started: {@code seriousness}. */
    INFORMED("seriousness"),
    /** A response falls due soon. */
    REMINDER,
    /** A step falls due now: {@code step}. */
    STEP_DUE("step"),
    /** A task falls due soon: {@code task}. */
    TASK_REMINDER("task"),
    /** A stage is overdue, nothing was recorded and the IRO decides. */
    OVERDUE,
    /** The last stage is overdue with nothing recorded: {@code referral}. */
    LAST_STAGE_OVERDUE("referral"),
    /** A response was recorded: the IRO decides; {@code responseType} when the note named one. */
    DECIDE_ON_RESPONSE("responseType"),
    /** The due time passed after a response: the IRO decides. */
    DECIDE_AFTER_DUE,
    /** The IRO's time to decide ended: {@code decideWithin}. */
    DECISION_TIME_ENDED("decideWithin"),
    /** A stage reached its limit: {@code limit}. */
    STAGE_LIMIT_REACHED("limit"),
    /** The dispute reached a cap: {@code cap}, {@code within}. */
    CAP_REACHED("cap", "within"),
    /** A time out was called. */
    TIME_OUT,
    /** A time out lasted its longest: {@code longest}. */
    TIME_OUT_TOO_LONG("longest"),
    /** A time out ended. */
    RESUMED,
    /** More time was given. */
    EXTENDED,
    /** A referral is being made: {@code referral}. */
    REFERRAL_NOTICE("referral"),
    /** The IRO is satisfied. */
    RESOLVED,
    /** The IRO withdrew the dispute. */
    WITHDRAWN,
    /** Excellent practice was recorded. */
    COMMENDATION,
    /** The raising note left out what the stage must record: {@code missing}. */
    RECORDING_INCOMPLETE("missing"),
    /** A note on a dispute could not be applied: {@code reason}. */
    NOTE_NOT_APPLIED("reason"),
    /** A dispute note opened or changed no dispute: {@code reason}. */
    NOTE_NOT_TAKEN("reason"),
    /** An edit of a note the adapter already acted on: a new note is asked for instead. */
    NOTE_EDITED,
    /** A dispute note kept out as too large: {@code detail}, the size and the limit. */
    NOTE_TOO_LARGE("detail"),
    /** A dispute note not on a child's case: {@code detail}. */
    NOTE_OFF_CASE("detail"),
    /** A dispute note dated outside what the adapter takes: {@code detail}. */
    NOTE_DATE_OUT_OF_RANGE("detail"),
    /** A dispute note the case system gave in a form the adapter cannot read: {@code detail}. */
    NOTE_UNREADABLE("detail");

    private final List<String> names;

    Ask(String... names) {
      this.names = List.of(names);
    }

    /** The names of the values its wording may use, beside the stage, due time and IRO. */
    public List<String> names() {
      return names;
    }
  }
}
