package uk.irodispute.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * A note the adapter wrote back into a sandbox case system, in the system's own words.
 *
 * @param system the case system
 * @param channel how it came: {@code POST /v1/casenotes}, {@code POST /episodes/{id}/outcomes},
 *     {@code IRO_DRP_NOTES_IMPORT} or {@code file}
 * @param key the idempotency key the adapter gave it ({@code externalReference}, {@code
 *     externalRef}, {@code IMPORT_KEY} or the file name)
 * @param personId the child, when the channel names one
 * @param fields what it carried, by the vendor's names: JSON fields with dotted paths ({@code
 *     subject.personId}), XML attributes and elements ({@code externalRef}, {@code stage}), the
 *     table's columns, or {@code fileName} and {@code content}
 * @param receivedAt when the system took it (for table rows, the database's own time)
 */
public record WrittenBackNote(
    SandboxSystem system,
    String channel,
    String key,
    String personId,
    Map<String, String> fields,
    Instant receivedAt) {

  public WrittenBackNote {
    fields = Map.copyOf(fields);
  }

  /** A field by the vendor's name, or null. */
  public String field(String name) {
    return fields.get(name);
  }

  /** No note text here: it is a child's personal data. */
  @Override
  public String toString() {
    return "WrittenBackNote[" + system.id() + ", " + channel + ", " + key + "]";
  }
}
