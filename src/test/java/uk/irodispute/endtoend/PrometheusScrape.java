package uk.irodispute.endtoend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /actuator/prometheus}, read into series: a name, labels and a value. */
final class PrometheusScrape {

  /** One line of the text format. */
  record Series(String name, Map<String, String> labels, double value) {}

  private static final Pattern LINE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final List<Series> series = new ArrayList<>();

  PrometheusScrape(String text) {
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("not a Prometheus line: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      series.add(new Series(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
  }

  /** Every series of that name whose labels include the given ones. */
  List<Series> all(String name, Map<String, String> labels) {
    return series.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
        .toList();
  }

  /** The sum of the series of that name whose labels include the given ones; 0 when none. */
  double sum(String name, Map<String, String> labels) {
    return all(name, labels).stream().mapToDouble(Series::value).sum();
  }

  /** Every series whose name starts so. */
  List<Series> named(String prefix) {
    return series.stream().filter(s -> s.name().startsWith(prefix)).toList();
  }
}
