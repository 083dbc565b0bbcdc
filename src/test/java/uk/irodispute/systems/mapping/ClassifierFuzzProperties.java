package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.FormFields;
import uk.irodispute.core.note.NoteRules;
import uk.irodispute.core.note.RuleClassifier;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.SeriousnessLevel;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.testing.ChoiceRandom;

/**
 * Fuzzing the classifier with the shipped system files' rules: form answers of any value, the words
 * the rules know mixed with hostile ones, under dispute and other note types, with no, one or two
 * open disputes. A note is always accepted, ignored or rejected with a reason that quotes none of
 * the note's text, and the engine takes every command accepted (a raise, or a command on a dispute
 * raised first) without throwing.
 *
 * <p>A third of the notes are plain: known words only, from the chair. The coverage check asks that
 * some notes are accepted, so a run that only rejects fails. The input is drawn from choices jqwik
 * shrinks ({@link ChoiceRandom}).
 *
 * <p>Bounded tries; no fixed seed, so each run explores new answers (jqwik prints a failing seed).
 */
class ClassifierFuzzProperties {

  private static final ProtocolRegistry PROTOCOLS = ShippedSystems.protocols();
  private static final EscalationEngine ENGINE =
      new EscalationEngine(
          PROTOCOLS,
          settings ->
              new WorkingCalendar(
                  settings.region(),
                  settings.hours(),
                  settings.closureDays(),
                  BankHolidaySources.standard()));
  private static final List<SystemDefinition> SYSTEMS =
      List.of(load("lcs-api"), load("fwi-api"), load("lcs-reporting"));
  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  private static final DisputeReference OPEN = new DisputeReference("DRP-2026-000007");
  private static final CaseWorker CHAIR =
      new CaseWorker(null, "w-iro", "Ira Reviewer", "ira.reviewer@council.example", "IRO service");

  @Provide
  Arbitrary<List<Integer>> choices() {
    return ChoiceRandom.choices();
  }

  @Property(tries = 500)
  void anyFormAnswersAreAcceptedIgnoredOrRejectedAndTheEngineTakesWhatIsAccepted(
      @ForAll("choices") List<Integer> choices) {
    Random r = new ChoiceRandom(choices);
    SystemDefinition system = HostileValues.pick(r, SYSTEMS);
    NoteRules rules = system.rules();
    CaseNote note = note(r, system, rules);
    int open = r.nextInt(3);

    Classification classification =
        new RuleClassifier(rules, system.protocolId(), PROTOCOLS)
            .classify(
                note,
                subject ->
                    open == 0 ? List.of() : open == 1 ? List.of(OPEN) : List.of(OPEN, other()),
                () -> new DisputeReference("DRP-2026-000001"));

    Statistics.label("classified").collect(classification.getClass().getSimpleName());
    Statistics.label("classified").coverage(c -> c.check("Accepted").count(n -> n > 0));
    if (classification instanceof Classification.Ignored ignored) {
      checkReason(ignored.reason());
    } else if (classification instanceof Classification.Rejected rejected) {
      checkReason(rejected.reason());
    } else {
      Command command = ((Classification.Accepted) classification).command();
      assertThat(command.commandId()).isEqualTo(note.commandId());
      Decision decision = engineTakes(command, system, note);
      assertThat(decision).isNotNull();
      Statistics.label("engine").collect(decision.outcome());
    }
  }

  /** Raises, or raises a plain dispute first and then decides the command on it. */
  private static Decision engineTakes(Command command, SystemDefinition system, CaseNote note) {
    if (command instanceof Command.Raise raise) {
      return ENGINE.raise(raise, NOW);
    }
    Command.OnDispute onDispute = (Command.OnDispute) command;
    Decision raised =
        ENGINE.raise(
            new Command.Raise(
                "first",
                NOW.minusSeconds(86_400),
                onDispute.reference(),
                system.protocolId(),
                new Subject(system.id(), note.personId(), note.caseId()),
                CHAIR.id(),
                PROTOCOLS.latest(system.protocolId()).orElseThrow().tracks().get(0).id(),
                null,
                null,
                null,
                null,
                Set.of(),
                false,
                Concerns.CHILDRENS_SERVICES),
            NOW.minusSeconds(86_400));
    Optional<Dispute> dispute = raised.dispute();
    assertThat(dispute).as("a plain raise opens a dispute").isPresent();
    return ENGINE.decide(dispute.get(), onDispute, NOW);
  }

  private static void checkReason(String reason) {
    assertThat(reason).isNotBlank().doesNotContain(HostileValues.MARKER);
  }

  private static CaseNote note(Random r, SystemDefinition system, NoteRules rules) {
    boolean plain = r.nextInt(3) == 0;
    Map<String, String> form = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>(FormFields.ALL);
    fields.add(rules.commandField() == null ? "action" : rules.commandField());
    if (rules.draftField() != null) {
      fields.add(rules.draftField());
    }
    int answers = r.nextInt(8);
    for (int i = 0; i < answers; i++) {
      String field =
          !plain && r.nextInt(6) == 0 ? HostileValues.text(r) : HostileValues.pick(r, fields);
      form.put(field, answer(r, system, rules, field, plain));
    }
    if (rules.commandField() != null && (plain || r.nextInt(4) > 0)) {
      form.put(
          rules.commandField(),
          !plain && r.nextInt(5) == 0
              ? HostileValues.text(r)
              : HostileValues.pick(r, List.copyOf(rules.commandByAnswer().keySet())));
    }
    String type =
        !plain && r.nextInt(6) == 0
            ? HostileValues.text(r)
            : HostileValues.pick(r, rules.noteTypes());
    CaseWorker author =
        switch (plain ? 7 : r.nextInt(8)) {
          case 0 -> null;
          case 1 -> new CaseWorker(null, null, HostileValues.text(r), null, null);
          default -> CHAIR;
        };
    return new CaseNote(
        system.id(),
        "N-" + r.nextInt(1000),
        "1",
        NOW,
        "P-1001",
        "C-2001",
        type,
        author,
        !plain && r.nextInt(8) == 0
            ? HostileValues.instant(r)
            : NOW.minusSeconds(r.nextInt(100_000)),
        HostileValues.MARKER,
        form,
        List.of());
  }

  /** A word the rules or the protocol know, or a hostile one unless the note is plain. */
  private static String answer(
      Random r, SystemDefinition system, NoteRules rules, String field, boolean plain) {
    if (!plain && r.nextInt(3) == 0) {
      return HostileValues.text(r);
    }
    Protocol protocol = PROTOCOLS.latest(system.protocolId()).orElseThrow();
    List<String> known = new ArrayList<>();
    known.addAll(rules.answerValues().getOrDefault(field, Map.of()).keySet());
    known.addAll(rules.finalAnswers());
    known.addAll(PROTOCOLS.latest().stream().map(Protocol::id).toList());
    known.addAll(protocol.tracks().stream().map(Track::id).toList());
    protocol
        .tracks()
        .forEach(t -> known.addAll(t.stages().stream().map(StageDefinition::id).toList()));
    known.addAll(protocol.categories().stream().map(Category::id).toList());
    known.addAll(protocol.seriousness().stream().map(SeriousnessLevel::id).toList());
    known.addAll(
        List.of(
            OPEN.value(),
            "2 working days",
            "3 weeks",
            "1 hours",
            "0 days",
            "2147483647 working days",
            "9223372036854775807 days",
            "2026-11-20",
            "2026-11-20T16:00:00",
            "2026-11-20T16:00:00Z",
            "+999999999-12-31",
            "-999999999-01-01T00:00:00Z",
            "yes",
            "chair",
            "social-worker",
            "team-manager"));
    return HostileValues.pick(r, known);
  }

  private static DisputeReference other() {
    return new DisputeReference("DRP-2026-000008");
  }

  private static SystemDefinition load(String id) {
    return ShippedSystems.loader().load(Path.of("mappings/systems/" + id + ".yaml"));
  }
}
