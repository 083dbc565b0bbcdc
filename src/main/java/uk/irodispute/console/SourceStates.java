package uk.irodispute.console;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.store.Watermark;
import uk.irodispute.store.Watermarks;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * Each system file's source as operations see it: switched off, not polled yet, polling, or
 * failing, with its last successful poll and last failure on this node, and how far it has been
 * read (the stored watermark, shared by every node).
 */
@Component
class SourceStates {

  private final SystemRegistry systems;
  private final SourceHealth health;
  private final Watermarks watermarks;
  private final Clock clock;

  SourceStates(SystemRegistry systems, SourceHealth health, Watermarks watermarks, Clock clock) {
    this.systems = systems;
    this.health = health;
    this.watermarks = watermarks;
    this.clock = clock;
  }

  /**
   * One source.
   *
   * @param state {@code switched off}, {@code not polled yet}, {@code polling} or {@code failing}
   * @param tone how the state is coloured: {@code off}, {@code wait}, {@code ok} or {@code bad}
   */
  record Row(
      String id,
      String name,
      String file,
      String kind,
      String state,
      String tone,
      String lastSuccess,
      String lastFailure,
      String lastReason,
      int failuresInARow,
      long notesRead,
      String readUpTo) {}

  List<Row> rows() {
    Instant now = clock.instant();
    return systems.all().stream().map(s -> row(s, now)).toList();
  }

  private Row row(SystemDefinition system, Instant now) {
    SourceHealth.Status status = health.of(system.id()).orElse(null);
    String state;
    String tone;
    if (!system.enabled()) {
      state = "switched off";
      tone = "off";
    } else if (status == null) {
      state = "not polled yet";
      tone = "wait";
    } else if (status.failuresInARow() > 0) {
      state = "failing";
      tone = "bad";
    } else {
      state = "polling";
      tone = "ok";
    }
    Watermark read = watermarks.get(system.id());
    return new Row(
        system.id(),
        system.name(),
        system.file() == null ? "" : String.valueOf(system.file().getFileName()),
        kind(system.source()),
        state,
        tone,
        ConsoleTimes.londonAgo(status == null ? null : status.lastSuccess(), now),
        ConsoleTimes.londonAgo(status == null ? null : status.lastFailure(), now),
        status == null || status.lastReason() == null ? "" : status.lastReason(),
        status == null ? 0 : status.failuresInARow(),
        status == null ? 0 : status.notesRead(),
        read.at() == null ? "not read yet" : ConsoleTimes.london(read.at()));
  }

  private static String kind(Source source) {
    return source instanceof Source.Http http
        ? "HTTP API (" + http.format() + ")"
        : "reporting database (SQL)";
  }
}
