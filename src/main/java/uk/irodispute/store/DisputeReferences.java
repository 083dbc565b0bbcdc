package uk.irodispute.store;

import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.model.DisputeReference;

/**
 * Gives dispute references, {@code DRP-<year>-<number>}, numbered from 1 in each year (the year in
 * London). The year's row stays locked until the transaction ends, so two raises never share a
 * number; a raise the engine then refuses leaves its number unused.
 */
@Component
public class DisputeReferences {

  private final NamedParameterJdbcTemplate jdbc;

  public DisputeReferences(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public DisputeReference next(Instant now) {
    int year = now.atZone(WorkingCalendar.ZONE).getYear();
    Map<String, Object> key = Map.of("year", year);
    int counted =
        jdbc.update(
            "UPDATE reference_sequences SET last_number = last_number + 1"
                + " WHERE sequence_year = :year",
            key);
    if (counted == 0) {
      jdbc.update(
          "INSERT INTO reference_sequences (sequence_year, last_number) VALUES (:year, 1)", key);
      return DisputeReference.of(year, 1);
    }
    Long number =
        jdbc.queryForObject(
            "SELECT last_number FROM reference_sequences WHERE sequence_year = :year",
            key,
            Long.class);
    return DisputeReference.of(year, number);
  }
}
