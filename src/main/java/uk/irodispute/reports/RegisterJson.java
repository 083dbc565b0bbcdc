package uk.irodispute.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A register row as JSON: the CSV's columns, in its order and with its values, numbers and
 * true/false as JSON numbers and booleans, absent values as null.
 */
public final class RegisterJson {

  private static final List<String> NUMBERS = List.of("workingDays", "breachedStages", "timeOuts");
  private static final List<String> BOOLEANS =
      List.of("formal", "overdue", "capBreached", "referredToCafcass");

  private RegisterJson() {}

  public static Map<String, Object> of(RegisterRow row) {
    List<String> values = RegisterCsv.values(row);
    Map<String, Object> json = new LinkedHashMap<>();
    for (int i = 0; i < RegisterCsv.COLUMNS.size(); i++) {
      String column = RegisterCsv.COLUMNS.get(i);
      String value = values.get(i);
      json.put(
          column,
          NUMBERS.contains(column)
              ? (Object) Integer.valueOf(value)
              : BOOLEANS.contains(column) ? (Object) Boolean.valueOf(value) : value);
    }
    return json;
  }
}
