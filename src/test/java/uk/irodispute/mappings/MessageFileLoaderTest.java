package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.delivery.MessageFiles;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;

/**
 * A council's wording under {@code mappings/messages/} is checked before it is used, and every
 * mistake is reported with the file and line: a file or key the adapter does not have, a value the
 * file may not use, a part the file must keep. The built-in files pass the same checks.
 */
class MessageFileLoaderTest {

  @TempDir Path dir;

  private final MessageFileLoader loader = new MessageFileLoader();

  @Test
  void theTestCouncilsEnglishAndWelshWordingLoads() {
    Wording wording = loader.loadDirectory(Path.of("src/test/resources/wording/messages"));

    assertThat(wording.ownLanguages()).containsExactly(Wording.WELSH);
    assertThat(wording.properties(Wording.WELSH, MessageFiles.ALERTS).getProperty("chair.title"))
        .isEqualTo("Swyddog Adolygu Annibynnol");
    assertThat(
            wording.properties(Wording.ENGLISH, MessageFiles.ALERTS).getProperty("BREACH.subject"))
        .as("a key the council leaves out stays built in")
        .isEqualTo("Overdue");
  }

  @Test
  void everyBuiltInFilePassesTheChecksAnOverrideMeets() throws IOException {
    for (String file : MessageFiles.BUILT_IN) {
      Files.writeString(dir.resolve(file), Wording.builtInText(file));
    }

    assertThat(loader.loadDirectory(dir).ownLanguages()).isEmpty();
  }

  @Test
  void theBuiltInFilesAreExactlyTheFolderOfMessages() throws IOException {
    try (var files = Files.list(Path.of("src/main/resources/messages"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .containsExactlyInAnyOrderElementsOf(MessageFiles.BUILT_IN);
    }
  }

  @Test
  void anUnknownValueIsReportedAtItsLineWithASuggestion() throws IOException {
    write("alert-subject.txt", "# The subject line.\n{{what}}: {{reference}}\n, {{stagName}}\n");

    ConfigurationProblem p = onlyProblem();

    assertThat(p.file()).isEqualTo(dir.resolve("alert-subject.txt").toString());
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("unknown value {{stagName}}", "did you mean 'stageName'?");
  }

  @Test
  void anUnknownKeyIsReportedAtItsLineWithASuggestion() throws IOException {
    write(
        "alerts.properties",
        "# Our words.\nSTAGE_OPENED.subject=Please act\n\nBREACH.subjct=Late\n");

    ConfigurationProblem p = onlyProblem();

    assertThat(p.line()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("BREACH.subjct");
    assertThat(p.message()).contains("unknown key", "did you mean 'BREACH.subject'?");
  }

  @Test
  void theDigestsWelshWordsAreCheckedKeyByKey() throws IOException {
    write(
        "digest_cy.properties",
        "# Ein geiriau.\nheading.opened=Agorwyd yr wythnos hon\nheading.openned=Agorwyd\n");

    ConfigurationProblem p = onlyProblem();

    assertThat(p.file()).isEqualTo(dir.resolve("digest_cy.properties").toString());
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("unknown key", "did you mean 'heading.opened'?");
  }

  @Test
  void anUnknownValueInTheDigestIsReported() throws IOException {
    write("cy/digest.properties", "standing.due={{days}} hyd yma; yn ddyledus {{dueOn}}\n");

    assertThat(onlyProblem().message()).contains("{{dueOn}}", "did you mean 'dueAt'?");
  }

  @Test
  void aSubjectWithoutTheReferenceIsRefused() throws IOException {
    write("alert-subject.txt", "{{what}}{{#stageName}}: {{stageName}}{{/stageName}}\n");

    ConfigurationProblem p = onlyProblem();

    assertThat(p.toString())
        .isEqualTo(
            dir.resolve("alert-subject.txt")
                + ":1: the file must use {{reference}} (the dispute's reference, which every"
                + " answer quotes)");
  }

  @Test
  void anAlertWithoutHowToAnswerIsRefused() throws IOException {
    write(
        "alert.txt",
        Wording.builtInText("alert.txt")
            .replaceAll("\\{\\{[#^/]?answer}}", "")
            .replace("How to answer\n", ""));

    assertThat(onlyProblem().message()).startsWith("the file must use {{answer}} (how to answer)");
  }

  @Test
  void aSectionNotClosedIsReportedAtTheFilesOwnLine() throws IOException {
    write(
        "cy/case-note.txt",
        "# One comment line.\n# Two.\n{{reference}} {{summary}}\n{{/stageName}}\n");

    ConfigurationProblem p = onlyProblem();

    assertThat(p.file()).isEqualTo(dir.resolve("cy/case-note.txt").toString());
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).contains("{{/stageName}} closes a section that is not open");
  }

  @Test
  void aFileTheAdapterDoesNotHaveIsRefusedWithASuggestion() throws IOException {
    write("alert.htm", "<p>{{intro}}</p>");

    assertThat(onlyProblem().message())
        .contains("not a message file the adapter has", "did you mean 'alert.html'?");
  }

  @Test
  void welshBesideTheEnglishFileIsTheWelshWording() throws IOException {
    write("alerts_cy.properties", "BREACH.subject=Hwyr\n");
    write("README.md", "Notes for the council's IT team are not read.");

    Wording wording = loader.loadDirectory(dir);

    assertThat(wording.properties(Wording.WELSH, MessageFiles.ALERTS).getProperty("BREACH.subject"))
        .isEqualTo("Hwyr");
  }

  @Test
  void anAnswerTheAdapterDoesNotKnowIsRefused() throws IOException {
    write("alerts.properties", "BREACH.answer=reply\n");

    assertThat(onlyProblem().message())
        .contains(
            "'reply' is not an answer the adapter knows", "known: decide, done, respond, resume");
  }

  @Test
  void aDirectoryEntryMayChooseWelshAndNothingElse() throws IOException {
    Files.writeString(
        dir.resolve("council.yaml"),
        """
        people:
          - {id: a, name: Ana Pryce, email: ana.pryce@council.example, language: cy}
          - {id: b, name: Bryn Tal, email: bryn.tal@council.example, language: welsh}
        """);

    var e =
        catchThrowableOfType(
            () -> new DirectoryFileLoader().loadDirectory(dir),
            InvalidConfigurationException.class);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).line()).isEqualTo(3);
    assertThat(e.problems().get(0).message()).contains("unknown language 'welsh'", "known: en, cy");
    Files.writeString(
        dir.resolve("council.yaml"),
        "people:\n  - {id: a, name: Ana Pryce, email: ana.pryce@council.example, language: cy}\n");
    Directory directory = new DirectoryFileLoader().loadDirectory(dir);
    assertThat(directory.person("a").orElseThrow().language()).isEqualTo("cy");
  }

  @Test
  void aPartOfAnAlertMayUseOnlyTheValuesItIsGiven() throws IOException {
    write(
        "alerts.properties",
        "ifNot.escalates=it goes to {{nextStage}} on {{reference}}.\n"
            + "role.nobody={{role}}: nobody yet\n");

    ConfigurationProblem p = onlyProblem();

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("ifNot.escalates");
    assertThat(p.message())
        .contains("unknown value {{reference}}", "this file may use: nextStage, chairTitle");
  }

  @Test
  void theOpeningForANoteOnAClosedDisputeIsAKeyACouncilMayWord() throws IOException {
    write(
        "alerts_cy.properties", "NOTE_REJECTED.intro.closed=Mae anghydfod {{reference}} ar gau.\n");

    assertThat(
            loader
                .loadDirectory(dir)
                .properties(Wording.WELSH, MessageFiles.ALERTS)
                .getProperty("NOTE_REJECTED.intro.closed"))
        .isEqualTo("Mae anghydfod {{reference}} ar gau.");
  }

  private void write(String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private ConfigurationProblem onlyProblem() {
    var e =
        catchThrowableOfType(() -> loader.loadDirectory(dir), InvalidConfigurationException.class);
    assertThat(e).as("the wording should be refused").isNotNull();
    List<ConfigurationProblem> problems = e.problems();
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}
