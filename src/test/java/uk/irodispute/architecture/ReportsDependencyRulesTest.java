package uk.irodispute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The reports' computation (register rows, annual figures, the digest) is plain Java over disputes
 * and events; only the store reading and the digest's settings touch Spring, and nothing in the
 * package knows Camel (the route calls it by bean name).
 */
@AnalyzeClasses(packages = "uk.irodispute", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsDependencyRulesTest {

  @ArchTest
  static final ArchRule reportsComputeWithoutFrameworks =
      noClasses()
          .that()
          .resideInAPackage("uk.irodispute.reports..")
          .and()
          .doNotHaveSimpleName("StoredHistories")
          .and()
          .doNotHaveSimpleName("DigestProperties")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.apache.camel..", "org.springframework..", "java.sql..", "javax.sql..")
          .because(
              "the reports are computed from disputes and events, testable without a database");

  @ArchTest
  static final ArchRule reportsKnowNoCamel =
      noClasses()
          .that()
          .resideInAPackage("uk.irodispute.reports..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.camel..")
          .because("routes/reports.yaml calls the digest by bean name");
}
