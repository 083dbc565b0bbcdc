package uk.irodispute.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The allow-list's rules fail where they should, shown on test classes, which break them: the
 * tests' own packages have no entry, the store's test fixture builds the intake, and the core's
 * tests use JUnit.
 */
class DependencyRulesFailTest {

  @Test
  void aPackageWithNoEntryFails() {
    JavaClasses unlisted = new ClassFileImporter().importClasses(DependencyRulesFailTest.class);

    assertThatThrownBy(() -> DependencyRulesTest.everyPackageHasAnEntry.check(unlisted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("uk.irodispute.architecture.DependencyRulesFailTest");
  }

  @Test
  void aUseTheEntryDoesNotNameFails() {
    JavaClasses store = new ClassFileImporter().importPackages("uk.irodispute.store");

    assertThatThrownBy(
            () ->
                DependencyRulesTest.mayUse("store", DependencyRulesTest.MAY_USE.get("store"))
                    .check(store))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("store may use [core.., delivery]")
        .hasMessageMatching(
            "(?s).*uk\\.irodispute\\.store\\.TestStore.*uk\\.irodispute\\.application\\.NoteIntake.*");
  }

  @Test
  void theCoreUsingALibraryFails() {
    JavaClasses calendar = new ClassFileImporter().importPackages("uk.irodispute.core.calendar");

    assertThatThrownBy(() -> DependencyRulesTest.coreUsesOnlyTheCoreAndTheJdk.check(calendar))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.junit");
  }
}
