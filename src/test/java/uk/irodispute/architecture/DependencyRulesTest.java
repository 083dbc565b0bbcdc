package uk.irodispute.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which package of the adapter may use which: an allow-list. Each package has one entry in {@link
 * #MAY_USE}, naming the adapter's packages it may use besides its own. A package with no entry
 * fails the build until it is given one, and so does a use the entry does not name. Libraries are
 * free outside the core; the core uses only the core and the JDK.
 */
@AnalyzeClasses(packages = "uk.irodispute", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  private static final String ROOT = "uk.irodispute";

  /** The dispute core, any of its packages. */
  private static final String CORE = "core..";

  /**
   * Package (under {@code uk.irodispute}; empty for the root) to the packages it may use. A name
   * ending in {@code ..} takes in the packages under it. No entry names {@code sandbox}: only the
   * sandbox's own configuration, inside it, knows it.
   */
  static final Map<String, List<String>> MAY_USE =
      table(
          entry("", "config", "console"),
          // the dispute core: plain Java, and never an adapter
          entry("core.calendar"),
          entry("core.model"),
          entry("core.protocol", "core.calendar"),
          entry("core.engine", "core.calendar", "core.model", "core.protocol"),
          entry("core.note", "core.calendar", "core.model", "core.protocol", "core.engine"),
          // the use cases: the core, the store and what a decision is planned into
          entry(
              "application",
              CORE,
              "store",
              "delivery",
              "directory",
              "reports",
              "logging",
              "privacy"),
          // persistence only: it never calls a use case
          entry("store", CORE, "delivery"),
          // what polling and sending share: authentication, tokens, JDBC pools
          entry("connections", "systems", "tls", "privacy"),
          entry(
              "polling",
              "core.calendar",
              "core.note",
              "application",
              "store",
              "connections",
              "systems",
              "systems.mapping",
              "delivery",
              "logging",
              "privacy"),
          entry(
              "sending",
              "store",
              "connections",
              "delivery",
              "directory",
              "systems",
              "tls",
              "logging",
              "privacy"),
          entry("delivery", CORE, "directory", "systems"),
          entry("directory"),
          entry("systems", "core.note"),
          entry("systems.mapping", "core.note", "core.protocol", "systems"),
          entry(
              "mappings",
              "core.calendar",
              "core.note",
              "core.protocol",
              "delivery",
              "directory",
              "holidays",
              "systems"),
          // answers by e-mail: a reply checked, written back and taken as a note
          entry(
              "replies",
              CORE,
              "application",
              "delivery",
              "directory",
              "privacy",
              "sending",
              "store"),
          entry("holidays", "core.calendar"),
          entry("scenarios", CORE, "holidays", "mappings"),
          entry("reports", CORE, "delivery", "store"),
          entry("api", CORE, "application", "reports", "store"),
          entry(
              "console", CORE, "application", "store", "reports", "polling", "systems", "metrics"),
          entry("health", "polling", "replies", "store", "systems"),
          entry(
              "metrics",
              "core.engine",
              "core.protocol",
              "application",
              "polling",
              "replies",
              "sending",
              "store",
              "systems"),
          entry("scheduling", "systems"),
          entry("privacy"),
          entry("logging"),
          entry("tls"),
          entry(
              "config",
              CORE,
              "application",
              "store",
              "connections",
              "polling",
              "sending",
              "delivery",
              "directory",
              "systems..",
              "mappings",
              "holidays",
              "scenarios",
              "reports",
              "health",
              "replies",
              "privacy",
              "tls"),
          entry("sandbox", "config", "core.protocol", "delivery"));

  @ArchTest
  static final ArchRule everyPackageHasAnEntry =
      classes()
          .that()
          .resideInAPackage(ROOT + "..")
          .should()
          .resideInAnyPackage(
              MAY_USE.keySet().stream().map(DependencyRulesTest::full).toArray(String[]::new))
          .because("a new package is given its entry in MAY_USE: what it may use is decided");

  @ArchTest
  static final ArchRule eachPackageUsesOnlyWhatItsEntryNames =
      CompositeArchRule.of(
          MAY_USE.entrySet().stream().map(e -> mayUse(e.getKey(), e.getValue())).toList());

  @ArchTest
  static final ArchRule coreUsesOnlyTheCoreAndTheJdk =
      classes()
          .that()
          .resideInAPackage(ROOT + ".core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(ROOT + ".core..", "java..")
          .because("the dispute core is plain Java that any adapter can drive");

  @ArchTest
  static final ArchRule onlyTheMetricsKnowMicrometer =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".metrics..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.micrometer..")
          .because(
              "the adapters tell what happened through their ports and events; the metrics"
                  + " package alone counts it");

  /** The package's classes use libraries, their own package and the packages named, no other. */
  static ArchRule mayUse(String pkg, List<String> allowed) {
    String[] own =
        Stream.concat(Stream.of(pkg), allowed.stream())
            .map(DependencyRulesTest::full)
            .toArray(String[]::new);
    return classes()
        .that()
        .resideInAPackage(full(pkg))
        .should()
        .onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAnyPackage(own)))
        .because(
            (pkg.isEmpty() ? "the root package" : pkg)
                + " may use "
                + (allowed.isEmpty() ? "no other package of the adapter" : allowed)
                + " (MAY_USE)");
  }

  private static String full(String pkg) {
    return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
  }

  private static Map.Entry<String, List<String>> entry(String pkg, String... allowed) {
    return Map.entry(pkg, List.of(allowed));
  }

  @SafeVarargs
  private static Map<String, List<String>> table(Map.Entry<String, List<String>>... entries) {
    Map<String, List<String>> table = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : entries) {
      if (table.put(e.getKey(), e.getValue()) != null) {
        throw new IllegalStateException("two entries for " + e.getKey());
      }
    }
    return table;
  }
}
