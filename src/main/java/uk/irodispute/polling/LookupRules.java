package uk.irodispute.polling;

import java.util.Optional;
import java.util.function.Supplier;
import uk.irodispute.connections.SourceUnavailableException;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.privacy.FailureWords;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.mapping.LookupAnswers.LookedUp;

/**
 * What the lookups of every source follow, HTTP or SQL: which notes are looked up, each answer kept
 * for the run and counted, and a lookup that could not be made stopping the run.
 */
final class LookupRules {

  private LookupRules() {}

  /** Dispute notes ({@code rules.noteTypes}) naming a child are looked up; no other note. */
  static boolean looksUp(SystemDefinition system, CaseNote note) {
    return system.rules().noteTypes().contains(note.noteType()) && note.personId() != null;
  }

  /**
   * The run's earlier answer to the same request, counted as cached; else the answer fetched, kept
   * for the rest of the run and counted as fetched. A fetch that fails counts itself.
   *
   * @param request what identifies the request within the run: the same request, the same answer
   */
  static LookedUp answer(
      PollEvents events,
      String systemId,
      String lookup,
      LookupCache cache,
      String request,
      Supplier<LookedUp> fetch) {
    Optional<LookedUp> cached = cache.get(request);
    if (cached.isPresent()) {
      events.lookedUp(systemId, lookup, LookupOutcome.CACHED);
      return cached.get();
    }
    LookedUp read = fetch.get();
    cache.put(request, read);
    events.lookedUp(systemId, lookup, LookupOutcome.FETCHED);
    return read;
  }

  /**
   * A lookup that could not be made, counted as failed. The run stops before the page is taken, so
   * the watermark stays and the next run reads the page again. The reason names the lookup, then
   * the cause in an operator's words; it quotes nothing the source sent back.
   *
   * @param what what went wrong, after the lookup's name ("was answered HTTP 500")
   * @param cause the failure, or null when {@code what} says it all
   */
  static SourceUnavailableException failed(
      PollEvents events, String systemId, String lookup, String what, Throwable cause) {
    events.lookedUp(systemId, lookup, LookupOutcome.FAILED);
    String reason = "lookup '" + lookup + "' " + what;
    if (cause != null) {
      reason += ": " + FailureWords.of(cause).orElse("an unexpected failure");
    }
    return new SourceUnavailableException(reason, cause);
  }
}
