package uk.irodispute.core.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The categories every protocol has, as the seeds name them. A protocol file may redeclare one (to
 * say where it starts) and may add its own.
 */
public final class StandardCategories {

  public static final List<Category> ALL =
      List.of(
          standard("poor-practice", "Poor practice"),
          standard("non-attendance-at-review", "Non-attendance at review"),
          standard("reports-not-provided", "Reports not provided for the review"),
          standard(
              "child-not-supported-to-participate",
              "Child not supported to participate in the review"),
          standard("care-plan-not-complied-with", "Care plan not complied with"),
          standard("drift-or-delay", "Drift or delay in implementing the care plan"),
          standard("significant-tasks-not-completed", "Significant tasks not completed"),
          standard("statutory-requirements-not-met", "Statutory requirements not met"),
          new Category("excellent-practice", "Excellent practice", null, null, true),
          standard("other", "Other"));

  private StandardCategories() {}

  /** The standard categories, each replaced by the protocol's own of the same id, then its own. */
  public static List<Category> withOwn(List<Category> own) {
    Map<String, Category> merged = new LinkedHashMap<>();
    ALL.forEach(c -> merged.put(c.id(), c));
    own.forEach(c -> merged.put(c.id(), c));
    return new ArrayList<>(merged.values());
  }

  private static Category standard(String id, String name) {
    return new Category(id, name, null, null, false);
  }
}
