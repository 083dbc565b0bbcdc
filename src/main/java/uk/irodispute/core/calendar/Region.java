package uk.irodispute.core.calendar;

import java.util.Arrays;
import java.util.Optional;

/** The bank-holiday regions of the United Kingdom, named as protocol files name them. */
public enum Region {
  ENGLAND_AND_WALES("england-and-wales"),
  SCOTLAND("scotland"),
  NORTHERN_IRELAND("northern-ireland");

  private final String id;

  Region(String id) {
    this.id = id;
  }

  /** The name used in protocol files and in the public bank-holidays data. */
  public String id() {
    return id;
  }

  public static Optional<Region> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
