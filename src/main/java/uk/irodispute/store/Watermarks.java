package uk.irodispute.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each source's watermark. The poll advances it only after the page's notes are committed, so a
 * restart reads the page again and the intake's duplicate check absorbs the overlap.
 */
@Component
public class Watermarks {

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public Watermarks(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The source's watermark; {@link Watermark#NONE} before its first page. */
  public Watermark get(String systemId) {
    return jdbc
        .query(
            "SELECT watermark_at, last_key, page_cursor FROM source_watermarks"
                + " WHERE system_id = :system",
            Map.of("system", systemId),
            (rs, i) ->
                new Watermark(
                    Times.read(rs, "watermark_at"),
                    rs.getString("last_key"),
                    rs.getString("page_cursor")))
        .stream()
        .findFirst()
        .orElse(Watermark.NONE);
  }

  /** Stores the source's watermark, replacing the one before. */
  public void advance(String systemId, Watermark watermark) {
    MapSqlParameterSource values =
        new MapSqlParameterSource("system", systemId)
            .addValue("at", Times.column(watermark.at()))
            .addValue("key", watermark.lastKey())
            .addValue("cursor", watermark.cursor())
            .addValue("now", Times.column(clock.instant()));
    int updated =
        jdbc.update(
            "UPDATE source_watermarks SET watermark_at = :at, last_key = :key,"
                + " page_cursor = :cursor, updated_at = :now WHERE system_id = :system",
            values);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO source_watermarks (system_id, watermark_at, last_key, page_cursor,"
              + " updated_at) VALUES (:system, :at, :key, :cursor, :now)",
          values);
    }
  }

  /**
   * Moves the source's watermark back to a time, so that the next poll reads again every note
   * modified then or later. Notes read again that were taken already are recognised by id and
   * version; only the notes not taken are taken.
   *
   * @return false when the source has not been read past that time (or not at all): the next poll
   *     reads from there anyway
   */
  public boolean rewind(String systemId, Instant to) {
    Watermark stored = get(systemId);
    if (stored.at() == null || stored.at().isBefore(to)) {
      return false;
    }
    advance(systemId, new Watermark(to, null, null));
    return true;
  }
}
