package uk.irodispute.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import uk.irodispute.core.model.Subject;
import uk.irodispute.systems.SystemDefinition;

/**
 * The link to a child's record that every alert carries, from the system file's {@code caseLink}.
 */
public final class CaseLinks {

  /** The values a {@code caseLink} may use. */
  public static final Set<String> NAMES = Set.of("personId", "caseId");

  private CaseLinks() {}

  /**
   * The link with {@code {{personId}}} and {@code {{caseId}}} filled in, URL-encoded.
   *
   * @return null when the system is unknown or gives no link
   */
  public static String of(SystemDefinition system, Subject subject) {
    if (system == null || system.caseLink() == null || system.caseLink().isBlank()) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    values.put("personId", subject == null ? null : subject.personId());
    values.put("caseId", subject == null ? null : subject.caseId());
    return Template.parse(system.caseLink()).render(values, Escaping.URL);
  }
}
