package uk.irodispute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dispute core (calendar, protocol, model, engine) is plain Java: frameworks, databases, JSON
 * and YAML libraries and the holiday library belong to the adapters around it, and the core knows
 * nothing of those adapters.
 */
@AnalyzeClasses(packages = "uk.irodispute", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

  @ArchTest
  static final ArchRule coreUsesNoFrameworkOrLibrary =
      noClasses()
          .that()
          .resideInAPackage("uk.irodispute.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.camel..",
              "org.springframework..",
              "java.sql..",
              "javax.sql..",
              "jakarta..",
              "com.fasterxml.jackson..",
              "org.yaml..",
              "de.focus_shift..",
              "io.micrometer..")
          .because("the dispute core is plain Java that any adapter can drive");

  @ArchTest
  static final ArchRule onlyTheMetricsKnowMicrometer =
      noClasses()
          .that()
          .resideOutsideOfPackage("uk.irodispute.metrics..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.micrometer..")
          .because(
              "the adapters tell what happened through their ports and events; the metrics"
                  + " package alone counts it");

  @ArchTest
  static final ArchRule coreDoesNotKnowTheAdapters =
      noClasses()
          .that()
          .resideInAPackage("uk.irodispute.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "uk.irodispute.api..",
              "uk.irodispute.config..",
              "uk.irodispute.mappings..",
              "uk.irodispute.holidays..",
              "uk.irodispute.systems..",
              "uk.irodispute.delivery..")
          .because("adapters depend on the core, never the other way round");
}
