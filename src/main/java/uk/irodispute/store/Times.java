package uk.irodispute.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, the same on H2 and PostgreSQL. */
final class Times {

  private Times() {}

  /** The value to bind for an instant; null stays null. */
  static OffsetDateTime column(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /** The instant in a column; null when the column is null. */
  static Instant read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
