package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.Optional;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.RoleDefinition;

/**
 * Whether an extension may move a due time past a cap. It may not, unless the cap names a role
 * whose approval lets it pass and the note names that approval.
 */
final class CapPassing {

  private CapPassing() {}

  /**
   * Why an extension to {@code newDue} is refused, in words for the chair; empty if it may go
   * ahead.
   */
  static Optional<String> whyRefused(DisputeDraft d, Instant newDue, String approvedBy) {
    for (CapBounds.Bound passed : CapBounds.of(d).passedBy(newDue)) {
      Cap cap = passed.cap();
      boolean approved = cap.passApprover().filter(r -> r.equals(approvedBy)).isPresent();
      if (!approved) {
        return Optional.of(reason(d, passed, newDue));
      }
    }
    return Optional.empty();
  }

  private static String reason(DisputeDraft d, CapBounds.Bound passed, Instant newDue) {
    Cap cap = passed.cap();
    String limit =
        "more time until "
            + DueTimes.inWords(newDue)
            + " would pass the protocol's limit: "
            + cap.name()
            + " ("
            + cap.within().text()
            + "), which falls at "
            + DueTimes.inWords(passed.at());
    return cap.passApprover()
        .map(
            role ->
                limit
                    + "; passing it needs the approval of the "
                    + d.protocol.role(role).map(RoleDefinition::name).orElse(role)
                    + " ("
                    + role
                    + "), named in the note")
        .orElse(limit + "; the protocol does not allow it to be passed");
  }
}
