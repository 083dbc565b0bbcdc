package uk.irodispute.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.NoteScreen;
import uk.irodispute.logging.LogContext;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.mapping.NotePage;
import uk.irodispute.systems.mapping.UnreadableNote;

/**
 * Between mapping and intake: keeps every note that must not be acted on as a dead letter with its
 * reason (unreadable, too large, missing the child or case, dated out of range) and lets the rest
 * of the page go on. The author of a note refused whole is told why; a note cut out unread has no
 * author known, and its dead letter says nobody was told. A note version already kept as a dead
 * letter (open or discarded) is not taken when it is read again; one already taken goes to the
 * intake unscreened, which finds it a duplicate.
 */
public class NoteScreening {

  private static final Logger LOG = LoggerFactory.getLogger(NoteScreening.class);

  /** Said of a note cut out unread: nobody knows who wrote it, so nobody is told. */
  static final String UNREAD =
      "; the note could not be read, so its author is not known and nobody is told";

  private final Map<String, NoteScreen> screens = new LinkedHashMap<>();
  private final ScreenSettings settings;
  private final DeadLetters deadLetters;
  private final RefusedNoteKeeping refused;
  private final Predicate<CaseNote> takenBefore;
  private final Clock clock;
  private final PollEvents events;

  /**
   * @param takenBefore whether the intake decides a note on what it took before (the same version,
   *     or an earlier one that acted): it then goes to the intake unscreened, which finds it a
   *     duplicate or an edit not re-applied, so a note read again or edited long after, when its
   *     dates no longer pass, is not made a dead letter
   * @param refused keeps a note the screen refuses, and tells its author
   * @param events told of each page read and each note kept as a dead letter
   */
  public NoteScreening(
      SystemRegistry systems,
      ScreenSettings settings,
      DeadLetters deadLetters,
      RefusedNoteKeeping refused,
      Predicate<CaseNote> takenBefore,
      Clock clock,
      PollEvents events) {
    this.events = events;
    this.settings = settings;
    this.deadLetters = deadLetters;
    this.refused = refused;
    this.takenBefore = takenBefore;
    this.clock = clock;
    NoteScreen.Limits limits = settings.limits();
    for (SystemDefinition system : systems.all()) {
      screens.put(
          system.id(),
          new NoteScreen(limits, system.rules().noteTypes(), system.fields().caseId() != null));
    }
  }

  /** The largest page an HTTP source may answer, in bytes. */
  public long mostPageBytes() {
    return settings.mostPageSize().toBytes();
  }

  /** The limits an HTTP source's answer is read within, note by note. */
  NoteLimits noteLimits() {
    return settings.noteLimits();
  }

  /** Records the page's unreadable and refused notes, and returns what is to be taken. */
  public ScreenedPage screen(SystemDefinition system, NotePage page) {
    return screen(system, page, null);
  }

  /**
   * As {@link #screen(SystemDefinition, NotePage)}, for a page whose place in its source is known:
   * a note unreadable by its id is known by its position in that place, and replayed from there.
   */
  public ScreenedPage screen(SystemDefinition system, NotePage page, PagePlace place) {
    try (LogContext logged = LogContext.system(system.id())) {
      return screenPage(system, page, place);
    }
  }

  private ScreenedPage screenPage(SystemDefinition system, NotePage page, PagePlace place) {
    events.pageRead(
        system.id(), page.notes().size() + page.unreadable().size(), page.notes().size());
    for (UnreadableNote u : page.unreadable()) {
      boolean byPosition = place != null && u.modifiedAt() == null && u.isPosition();
      String where = byPosition ? place.of(u.noteIdOrPosition()) : u.noteIdOrPosition();
      String noteId = u.cutOutId() == null ? where : u.cutOutId();
      DeadLetterReason code = DeadLetterReason.UNREADABLE_NOTE;
      String reason = u.reason() + (u.cutOutId() == null ? "" : "; it was at " + where) + UNREAD;
      if (deadLetters.recordNote(
          system.id(), noteId, null, byPosition ? place.from() : u.modifiedAt(), code, reason)) {
        kept(system, noteId, code, reason);
      }
    }
    NoteScreen screen = screens.get(system.id());
    Instant now = clock.instant();
    List<CaseNote> take = new ArrayList<>();
    List<CaseNote> watermark = new ArrayList<>();
    int future = 0;
    for (CaseNote note : page.notes()) {
      if (screen.isInTheFuture(note.modifiedAt(), now)) {
        future++;
      } else {
        watermark.add(note);
      }
      if (!screen.applies(note) || takenBefore.test(note)) {
        take.add(note);
        continue;
      }
      Optional<NoteScreen.Refusal> refusal = screen.check(note, now);
      if (refusal.isPresent()) {
        DeadLetterReason code = reasonCode(refusal.get().problem());
        if (refused.keep(note, code, refusal.get().reason())) {
          kept(system, note.noteId(), code, refusal.get().reason());
        }
      } else if (!deadLetters.holds(system.id(), note.noteId(), note.version())) {
        take.add(note);
      }
    }
    if (future > 0) {
      LOG.warn(
          "System {}: {} note(s) were modified after the adapter's time: the case system's clock"
              + " may be ahead; they are read again at each run until their time has come",
          system.id(),
          future);
    }
    return new ScreenedPage(page, take, watermark);
  }

  private void kept(SystemDefinition system, String noteId, DeadLetterReason code, String reason) {
    events.noteKept(system.id(), code);
    LOG.warn(
        "System {}: note {} is not taken and is kept as a dead letter ({}): {}",
        system.id(),
        noteId,
        code,
        reason);
  }

  static DeadLetterReason reasonCode(NoteScreen.Problem problem) {
    return switch (problem) {
      case TOO_LARGE -> DeadLetterReason.NOTE_TOO_LARGE;
      case MISSING_SUBJECT -> DeadLetterReason.MISSING_SUBJECT;
      case DATE_OUT_OF_RANGE -> DeadLetterReason.DATE_OUT_OF_RANGE;
      case UNREADABLE -> DeadLetterReason.UNREADABLE_NOTE;
    };
  }
}
