package uk.irodispute.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The register as CSV (RFC 4180): a header line, then one line a dispute, every line ending in
 * CRLF. A value holding a comma, a quote or a line break is quoted; a value a spreadsheet would
 * take for a formula (starting {@code = + - @}) is prefixed with an apostrophe.
 */
public final class RegisterCsv {

  /** The header line's column names, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "reference",
          "system",
          "caseLink",
          "protocol",
          "protocolVersion",
          "track",
          "category",
          "categoryName",
          "raisedAt",
          "closedAt",
          "status",
          "stageReached",
          "stageReachedName",
          "formal",
          "currentStage",
          "currentStageName",
          "dueAt",
          "overdue",
          "workingDays",
          "breachedStages",
          "capBreached",
          "timeOuts",
          "referredToCafcass",
          "referredAt");

  private RegisterCsv() {}

  public static String write(List<RegisterRow> rows) {
    StringBuilder out = new StringBuilder();
    line(out, COLUMNS);
    for (RegisterRow r : rows) {
      line(out, values(r));
    }
    return out.toString();
  }

  /** One row's values, in the order of {@link #COLUMNS}; absent values are empty. */
  static List<String> values(RegisterRow r) {
    List<String> v = new ArrayList<>();
    v.add(r.reference());
    v.add(r.system());
    v.add(r.caseLink());
    v.add(r.protocol());
    v.add(r.protocolVersion());
    v.add(r.track());
    v.add(r.category());
    v.add(r.categoryName());
    v.add(ReportTimes.format(r.raisedAt()));
    v.add(ReportTimes.format(r.closedAt()));
    v.add(r.status());
    v.add(r.stageReached());
    v.add(r.stageReachedName());
    v.add(String.valueOf(r.formal()));
    v.add(r.currentStage());
    v.add(r.currentStageName());
    v.add(ReportTimes.format(r.dueAt()));
    v.add(String.valueOf(r.overdue()));
    v.add(String.valueOf(r.workingDays()));
    v.add(String.valueOf(r.breachedStages()));
    v.add(String.valueOf(r.capBreached()));
    v.add(String.valueOf(r.timeOuts()));
    v.add(String.valueOf(r.referredToCafcass()));
    v.add(ReportTimes.format(r.referredAt()));
    return v;
  }

  private static void line(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(values.get(i)));
    }
    out.append("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
