package uk.irodispute.sandbox;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;

/** Reads a fault from the parameters of the HTTP switch or the page's form. */
final class FaultSwitches {

  private FaultSwitches() {}

  /**
   * @param parameters {@code kind} (required), {@code times} (a number, or {@code until-cleared}; 1
   *     by default, until cleared for {@code offline}), {@code target} ({@code polls} by default),
   *     {@code delay} ({@code 500ms}, {@code 2s}, {@code PT2S})
   */
  static Fault fault(Map<String, String> parameters) {
    String kindId = present(parameters.get("kind"));
    if (kindId == null) {
      throw new IllegalArgumentException("kind is needed: " + kinds());
    }
    FaultKind kind = FaultKind.byId(kindId);
    String targetId = present(parameters.get("target"));
    FaultTarget target = targetId == null ? FaultTarget.POLLS : FaultTarget.byId(targetId);
    String timesText = present(parameters.get("times"));
    int times;
    if (kind == FaultKind.OFFLINE || "until-cleared".equals(timesText)) {
      times = Fault.UNTIL_CLEARED;
    } else {
      times = ApiParameters.number("times", timesText, 1, 1, 1_000_000);
    }
    String delayText = present(parameters.get("delay"));
    Duration delay;
    try {
      delay = delayText == null ? null : DurationStyle.detectAndParse(delayText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("delay must be a duration such as 500ms, 2s or PT2S");
    }
    return new Fault(kind, target, times, delay);
  }

  private static String present(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String kinds() {
    StringBuilder s = new StringBuilder();
    for (FaultKind k : FaultKind.values()) {
      s.append(s.isEmpty() ? "" : ", ").append(k.id());
    }
    return s.toString();
  }
}
