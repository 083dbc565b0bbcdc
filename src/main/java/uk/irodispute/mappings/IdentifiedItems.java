package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Lists of objects with an {@code id} each: categories, caps, stages, steps and the like. */
final class IdentifiedItems {

  private IdentifiedItems() {}

  /**
   * Reads the optional list under {@code key}: each item's keys are checked against {@code fields},
   * each item is read by {@code reader}, and a repeated id is reported.
   *
   * @param what the kind of item for messages, for example {@code cap}
   */
  static <T> List<T> read(
      YamlField owner, String key, Set<String> fields, String what, Function<YamlField, T> reader) {
    List<YamlField> items = owner.objectList(key);
    List<T> read = new ArrayList<>();
    for (YamlField item : items) {
      item.rejectUnknownKeys(fields);
      read.add(reader.apply(item));
    }
    checkUniqueIds(items, what, "'" + key + "'");
    return read;
  }

  /** Reports each id that an earlier item of the list already has, with that item's line. */
  static void checkUniqueIds(List<YamlField> items, String what, String where) {
    Map<String, Integer> seen = new HashMap<>();
    for (YamlField item : items) {
      item.value("id")
          .filter(YamlField::isScalar)
          .ifPresent(
              idField -> {
                Integer first = seen.putIfAbsent(idField.text(), idField.line());
                if (first != null) {
                  idField.problem(
                      "duplicate "
                          + what
                          + " id '"
                          + idField.text()
                          + "' in "
                          + where
                          + " (first on line "
                          + first
                          + ")");
                }
              });
    }
  }
}
