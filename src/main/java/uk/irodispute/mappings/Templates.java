package uk.irodispute.mappings;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.irodispute.systems.WriteBack;

/**
 * The {@code {{name}}} values a system file's templates may use, and the check that a template uses
 * only those. Named SQL parameters ({@code :#name}) are checked the same way.
 */
final class Templates {

  /** Every value a write-back template can use: the one list, which the renderer fills. */
  static final List<String> WRITE_BACK = WriteBack.TEMPLATE_VALUES;

  /** The values of a case link. */
  static final List<String> CASE_LINK = List.of("personId", "caseId");

  /** The values of an HTTP source's path, query and headers. */
  static final List<String> POLL = List.of("watermark", "pageSize", "page", "cursor", "afterKey");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  private static final Pattern SQL_PARAMETER = Pattern.compile(":#([A-Za-z_][A-Za-z0-9_]*)");

  private Templates() {}

  /** The {@code {{name}}} values the text uses. */
  static Set<String> used(String text) {
    return names(PLACEHOLDER, text);
  }

  /** The {@code :#name} parameters the SQL uses. */
  static Set<String> parameters(String sql) {
    return names(SQL_PARAMETER, sql);
  }

  /** Reports each {@code {{name}}} in the value's text that is not in {@code known}. */
  static void check(YamlField value, String text, List<String> known, String what) {
    report(PLACEHOLDER, value, text, known, "{{", "}}", what);
  }

  /** Reports each {@code :#name} in the value's text that is not in {@code known}. */
  static void checkParameters(YamlField value, String text, List<String> known, String what) {
    report(SQL_PARAMETER, value, text, known, ":#", "", what);
  }

  private static void report(
      Pattern pattern,
      YamlField value,
      String text,
      List<String> known,
      String open,
      String close,
      String what) {
    if (text == null) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (!known.contains(name)) {
        value.problemAt(
            m.start(),
            "unknown "
                + what
                + " value '"
                + open
                + name
                + close
                + "'"
                + Suggestions.didYouMean(name, known)
                + "; known values: "
                + String.join(", ", known));
      }
    }
  }

  private static Set<String> names(Pattern pattern, String text) {
    Set<String> names = new TreeSet<>();
    if (text != null) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}
