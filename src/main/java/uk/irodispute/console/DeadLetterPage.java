package uk.irodispute.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetterAction;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * The dead letters a filter matches, as the console lists them (at most {@link #MOST_SHOWN}, oldest
 * first), each with the last thing operations did with it; read through {@link
 * DeadLetterOperations}, the service the API uses.
 */
@Component
class DeadLetterPage {

  static final int MOST_SHOWN = 200;

  private final DeadLetterOperations operations;
  private final SystemRegistry systems;
  private final Clock clock;

  DeadLetterPage(DeadLetterOperations operations, SystemRegistry systems, Clock clock) {
    this.operations = operations;
    this.systems = systems;
    this.clock = clock;
  }

  /**
   * What the page's filter form holds; blank fields match every letter, the status open by default.
   */
  record Filter(String system, String reference, String reasonCode, String kind, String status) {

    Filter {
      system = blankToNull(system);
      reference = blankToNull(reference);
      reasonCode = blankToNull(reasonCode);
      kind = blankToNull(kind);
      status = status == null ? "OPEN" : blankToNull(status);
    }

    /**
     * The store's filter.
     *
     * @throws IllegalArgumentException naming a value that is not one of the choices
     */
    DeadLetterFilter toStore() {
      if (reasonCode != null
          && Arrays.stream(DeadLetterReason.values()).noneMatch(r -> r.name().equals(reasonCode))) {
        throw new IllegalArgumentException("there is no reason code " + reasonCode);
      }
      return new DeadLetterFilter(
          system,
          reference,
          reasonCode,
          named(DeadLetter.Status.class, status),
          named(DeadLetter.Kind.class, kind));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
      if (value == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
      }
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /**
   * One letter.
   *
   * @param note the note's id and version, for a note
   * @param lastAction the last replay or discard: what, by whom, when, why
   */
  record Letter(
      long id,
      String kind,
      String system,
      String reference,
      String note,
      String reasonCode,
      String reason,
      String status,
      boolean open,
      String recorded,
      String lastAction) {}

  /**
   * @param letters the letters shown
   * @param matching how many the filter matches
   * @param openMatching how many of those are open (what "replay all" replays)
   */
  record Listing(List<Letter> letters, int matching, long openMatching) {}

  Listing list(Filter filter) {
    List<DeadLetter> found = operations.list(filter.toStore());
    List<Letter> shown = found.stream().limit(MOST_SHOWN).map(this::letter).toList();
    return new Listing(
        shown,
        found.size(),
        found.stream().filter(d -> d.status() == DeadLetter.Status.OPEN).count());
  }

  /** The systems the filter offers: every system file's, and the one chosen. */
  List<String> systemChoices(Filter filter) {
    TreeSet<String> ids = new TreeSet<>();
    systems.all().stream().map(SystemDefinition::id).forEach(ids::add);
    if (filter.system() != null) {
      ids.add(filter.system());
    }
    return List.copyOf(ids);
  }

  static List<String> reasonCodes() {
    return Arrays.stream(DeadLetterReason.values()).map(Enum::name).toList();
  }

  private Letter letter(DeadLetter d) {
    String note =
        d.kind() == DeadLetter.Kind.NOTE
            ? d.noteId() + (d.noteVersion() == null ? "" : " v" + d.noteVersion())
            : "outbox item " + d.outboxId();
    String last = "";
    if (d.status() != DeadLetter.Status.OPEN) {
      List<DeadLetterAction> actions = operations.actions(d.id());
      if (!actions.isEmpty()) {
        DeadLetterAction a = actions.get(actions.size() - 1);
        last =
            a.action().name().toLowerCase(Locale.ROOT)
                + " by "
                + a.actor()
                + ", "
                + ConsoleTimes.london(a.actedAt())
                + (a.reason() == null ? "" : ": " + a.reason());
      }
    }
    Instant now = clock.instant();
    return new Letter(
        d.id(),
        d.kind().name(),
        d.systemId(),
        d.reference() == null ? "" : d.reference(),
        note,
        d.reasonCode(),
        d.reason(),
        d.status().name(),
        d.status() == DeadLetter.Status.OPEN,
        ConsoleTimes.londonAgo(d.recordedAt(), now),
        last);
  }
}
