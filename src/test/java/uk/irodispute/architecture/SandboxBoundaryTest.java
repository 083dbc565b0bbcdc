package uk.irodispute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The sandbox case systems are a feature with a border: the adapter knows nothing of them, and
 * every bean of theirs exists only under the {@code sandbox} profile.
 */
@AnalyzeClasses(packages = "uk.irodispute", importOptions = ImportOption.DoNotIncludeTests.class)
class SandboxBoundaryTest {

  private static final DescribedPredicate<JavaAnnotation<?>> SANDBOX_PROFILE =
      DescribedPredicate.describe(
          "@Profile(\"sandbox\")",
          annotation ->
              annotation.getRawType().isEquivalentTo(Profile.class)
                  && List.of(annotation.as(Profile.class).value()).equals(List.of("sandbox")));

  @ArchTest
  static final ArchRule noAdapterPackageKnowsTheSandbox =
      noClasses()
          .that()
          .resideOutsideOfPackage("uk.irodispute.sandbox..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("uk.irodispute.sandbox..")
          .because(
              "the sandbox is switched on by its profile alone; the adapter runs the same"
                  + " without it");

  @ArchTest
  static final ArchRule everySandboxBeanNeedsTheSandboxProfile =
      classes()
          .that()
          .resideInAPackage("uk.irodispute.sandbox..")
          .and()
          .areMetaAnnotatedWith(Component.class)
          .should()
          .beAnnotatedWith(SANDBOX_PROFILE)
          .because("a sandbox bean under any other profile would answer as a case system");
}
