package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each sandbox system words its dispute form, note type and role codes exactly as its shipped file
 * under {@code mappings/systems/} reads them, and its staff sit in the directory's teams.
 */
class SandboxVocabularyTest {

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void theFormQuestionsAreTheFilesFormFields(SandboxSystem system) {
    Map<String, Object> file = ShippedFiles.system(system);
    Map<Object, String> formFields = ShippedFiles.at(file, "fields", "formFields");
    VendorForm form = VendorForm.of(system);

    Map<String, String> byCanonical =
        formFields.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, e -> e.getKey().toString()));
    assertThat(form.questions()).isEqualTo(byCanonical);
  }

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void everyCommandIsAnsweredInTheFilesWords(SandboxSystem system) {
    Map<String, Object> file = ShippedFiles.system(system);
    Map<String, String> commandByAnswer = ShippedFiles.at(file, "rules", "commandByAnswer");
    VendorForm form = VendorForm.of(system);

    assertThat(ShippedFiles.<String>at(file, "rules", "commandField")).isEqualTo("action");
    for (String action : VendorForm.ACTIONS) {
      assertThat(commandByAnswer.get(form.vendorAnswer("action", action)))
          .as("%s answer for %s", system.id(), action)
          .isEqualTo(action);
    }
    assertThat(commandByAnswer).hasSameSizeAs(VendorForm.ACTIONS);
  }

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void answerValuesAreWordedAsTheFileMapsThem(SandboxSystem system) {
    Map<String, Object> file = ShippedFiles.system(system);
    Map<String, Map<String, String>> answerValues = ShippedFiles.at(file, "rules", "answerValues");
    VendorForm form = VendorForm.of(system);

    Set<String> worded =
        form.answers().keySet().stream()
            .filter(f -> !f.equals("action"))
            .collect(Collectors.toSet());
    assertThat(worded).isEqualTo(answerValues == null ? Set.of() : answerValues.keySet());
    if (answerValues != null) {
      answerValues.forEach(
          (field, values) -> {
            assertThat(form.answers().get(field)).hasSameSizeAs(values);
            values.forEach(
                (vendor, canonical) ->
                    assertThat(form.vendorAnswer(field, canonical)).isEqualTo(vendor));
          });
    }
  }

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void noteTypeAndRoleCodesAreTheFiles(SandboxSystem system) {
    Map<String, Object> file = ShippedFiles.system(system);
    VendorForm form = VendorForm.of(system);

    assertThat(ShippedFiles.<List<String>>at(file, "rules", "noteTypes"))
        .containsExactly(form.noteType());
    Map<String, String> roles = ShippedFiles.at(file, "fields", "roles");
    assertThat(roles)
        .containsEntry(form.roleCodes().get(Post.SOCIAL_WORKER), "social-worker")
        .containsEntry(form.roleCodes().get(Post.TEAM_MANAGER), "team-manager")
        .hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void socialWorkersAndManagersSitInTheDirectorysTeams(SandboxSystem system) {
    List<String> teams = ShippedFiles.directoryTeams();
    for (SandboxWorker w : SandboxRoster.of(system).workers()) {
      if (w.post() != Post.IRO) {
        assertThat(teams).as(w.id()).contains(w.team());
      }
      assertThat(w.email()).endsWith("@council.example");
    }
  }

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void everyChildsAllocationIsOnTheRoster(SandboxSystem system) {
    SandboxRoster roster = SandboxRoster.of(system);
    for (SandboxChild child : roster.children()) {
      for (Post post : Post.values()) {
        assertThat(roster.worker(child.allocated(post)).post()).isEqualTo(post);
      }
    }
  }

  @Test
  void theReportingFormMarksDraftsAsTheFileReadsThem() {
    Map<String, Object> file = ShippedFiles.system(SandboxSystem.LCS_REPORTING);
    assertThat(ShippedFiles.<String>at(file, "rules", "draftField")).isEqualTo("status");
    assertThat(ShippedFiles.<List<String>>at(file, "rules", "finalAnswers"))
        .containsExactly("Complete");
  }
}
