package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.List;
import uk.irodispute.core.calendar.Timescale;

/** Reads timescale values, reporting the forms understood when one is not. */
public final class Timescales {

  private Timescales() {}

  /** The timescale under {@code key}, or null when absent or not understood (then reported). */
  public static Timescale optional(YamlField owner, String key) {
    return owner.value(key).map(Timescales::parse).orElse(null);
  }

  /** The timescale under {@code key}; a missing one is reported. */
  static Timescale required(YamlField owner, String key) {
    if (!owner.has(key)) {
      owner.missing(key);
      return null;
    }
    return optional(owner, key);
  }

  /**
   * The reminders under {@code key}: timescales with a length, to count back from a due time. Day
   * ranges and 'same day' have none and are reported.
   */
  static List<Timescale> reminders(YamlField owner, String key) {
    List<Timescale> reminders = new ArrayList<>();
    for (YamlField item : owner.scalarItems(key)) {
      Timescale t = parse(item);
      if (t instanceof Timescale.DayRange || t instanceof Timescale.SameDay) {
        item.problem(
            "reminder '"
                + item.text()
                + "' has no length to count back from the due time; use 'N working days', 'N"
                + " hours', 'N working hours', 'N days' or 'N weeks'");
      } else if (t != null) {
        reminders.add(t);
      }
    }
    return reminders;
  }

  private static Timescale parse(YamlField value) {
    String text = value.text();
    if (text == null) {
      return null;
    }
    try {
      return Timescale.parse(text);
    } catch (IllegalArgumentException e) {
      value.problem(e.getMessage());
      return null;
    }
  }
}
