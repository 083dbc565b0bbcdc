package uk.irodispute.core.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calendar is plain Java: bank-holiday libraries and JSON live in uk.irodispute.holidays. */
class CalendarDependenciesTest {

  private final JavaClasses calendar =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.irodispute.core.calendar");

  @Test
  void calendarUsesNoFrameworkLibraryOrDatabase() {
    noClasses()
        .that()
        .resideInAPackage("uk.irodispute.core.calendar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.camel..",
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "com.fasterxml.jackson..",
            "de.focus_shift..",
            "uk.irodispute.holidays..")
        .check(calendar);
  }
}
