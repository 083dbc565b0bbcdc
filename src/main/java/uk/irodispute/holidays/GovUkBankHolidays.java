package uk.irodispute.holidays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.Region;

/**
 * Bank holidays read from a copy of the GOV.UK bank-holidays data ({@code
 * https://www.gov.uk/bank-holidays.json}): one division per region, named {@code
 * england-and-wales}, {@code scotland} and {@code northern-ireland}, each with its events ({@code
 * title} and {@code date}; {@code notes} and {@code bunting} are ignored). The file holds one-off
 * holidays, such as a coronation, that a library may not know. It only answers for the years it
 * {@linkplain #covers covers}; {@link LayeredBankHolidays} asks the library for the others.
 */
public final class GovUkBankHolidays implements BankHolidays {

  private final Path source;
  private final Map<Region, Map<LocalDate, String>> events;
  private final Map<Region, Set<Integer>> years;

  private GovUkBankHolidays(Path source, Map<Region, Map<LocalDate, String>> events) {
    this.source = source;
    this.events = events;
    this.years = new EnumMap<>(Region.class);
    events.forEach(
        (region, days) -> {
          Set<Integer> covered = new HashSet<>();
          days.keySet().forEach(d -> covered.add(d.getYear()));
          years.put(region, Set.copyOf(covered));
        });
  }

  /**
   * Reads the file.
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it, when it cannot be
   *     read or is not in the GOV.UK format
   */
  public static GovUkBankHolidays read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw malformed(file, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("bank holidays file " + file + " cannot be read: " + e, e);
    }
    return new GovUkBankHolidays(file, parse(file, root));
  }

  /** The file this was read from. */
  public Path source() {
    return source;
  }

  /** Whether the file lists any bank holiday for the region in the year. */
  public boolean covers(Region region, int year) {
    return years.getOrDefault(region, Set.of()).contains(year);
  }

  @Override
  public Optional<String> holiday(Region region, LocalDate date) {
    return Optional.ofNullable(events.getOrDefault(region, Map.of()).get(date));
  }

  private static Map<Region, Map<LocalDate, String>> parse(Path file, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw malformed(file, "expected a JSON object with one entry per division");
    }
    Map<Region, Map<LocalDate, String>> result = new EnumMap<>(Region.class);
    List<String> unknown = new ArrayList<>();
    root.fieldNames()
        .forEachRemaining(
            name ->
                Region.fromId(name)
                    .ifPresentOrElse(
                        region -> result.put(region, division(file, name, root.get(name))),
                        () -> unknown.add(name)));
    if (!unknown.isEmpty()) {
      throw malformed(
          file,
          "unknown division(s) "
              + unknown
              + "; expected england-and-wales, scotland and northern-ireland");
    }
    if (result.isEmpty()) {
      throw malformed(file, "no divisions; expected england-and-wales, scotland, northern-ireland");
    }
    return result;
  }

  private static Map<LocalDate, String> division(Path file, String name, JsonNode node) {
    if (!node.isObject()) {
      throw malformed(file, name + ": expected an object with 'events'");
    }
    JsonNode division = node.get("division");
    if (division != null && !name.equals(division.asText())) {
      throw malformed(file, name + ": 'division' says '" + division.asText() + "'");
    }
    JsonNode list = node.get("events");
    if (list == null || !list.isArray()) {
      throw malformed(file, name + ": 'events' must be a list");
    }
    Map<LocalDate, String> days = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String where = name + ".events[" + i + "]";
      JsonNode event = list.get(i);
      String title = text(file, where, event, "title");
      String date = text(file, where, event, "date");
      try {
        days.merge(LocalDate.parse(date), title, (a, b) -> a + ", " + b);
      } catch (DateTimeParseException e) {
        throw malformed(file, where + ".date: '" + date + "' is not a date like 2026-12-25");
      }
    }
    return Map.copyOf(days);
  }

  private static String text(Path file, String where, JsonNode event, String field) {
    JsonNode value = event.isObject() ? event.get(field) : null;
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw malformed(file, where + ": '" + field + "' is missing or empty");
    }
    return value.asText();
  }

  private static IllegalArgumentException malformed(Path file, String problem) {
    return new IllegalArgumentException("bank holidays file " + file + " is malformed: " + problem);
  }
}
