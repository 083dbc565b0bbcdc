package uk.irodispute.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sandbox's three case systems, as a test or the sandbox page drives them: record and edit
 * notes as staff would, see what the adapter wrote back, and switch faults on and off.
 *
 * <ul>
 *   <li>{@code lcs-reporting}: the reporting database {@link #reportingDatabase()}.
 *   <li>{@code lcs-api}: {@code /sandbox/lcs-api/oauth/token}, {@code
 *       /sandbox/lcs-api/v1/casenotes}.
 *   <li>{@code fwi-api}: {@code /sandbox/fwi/api/observations}, {@code
 *       /sandbox/fwi/api/episodes/{id}/outcomes}.
 * </ul>
 */
public class SandboxCaseSystems {

  private static final String VISIT_TEXT = "Statutory visit: invented sandbox note, no concerns.";

  private final Clock clock;
  private final ReportingDatabase reporting;
  private final Path dropFolder;
  private final LcsTokens tokens;
  private final Map<SandboxSystem, SandboxRoster> rosters = new EnumMap<>(SandboxSystem.class);
  private final Map<SandboxSystem, NoteStore> stores = new EnumMap<>(SandboxSystem.class);
  private final Map<SandboxSystem, WriteBackInbox> inboxes = new EnumMap<>(SandboxSystem.class);
  private final Map<SandboxSystem, SandboxFaults> faults = new EnumMap<>(SandboxSystem.class);
  private final Map<SandboxSystem, Map<String, NoteParties>> givenParties =
      new EnumMap<>(SandboxSystem.class);

  /**
   * Builds the three systems with their people, a statutory visit note for each child, and the
   * reporting database.
   *
   * @param clock the adapter's clock: notes are written at its time
   * @param reporting the reporting database, dropped and built afresh
   * @param dropFolder a folder of files written back for {@code lcs-reporting}; null for none
   * @param tokens the JSON API's tokens
   */
  SandboxCaseSystems(Clock clock, ReportingDatabase reporting, Path dropFolder, LcsTokens tokens) {
    this.clock = clock;
    this.reporting = reporting;
    this.tokens = tokens;
    this.dropFolder = dropFolder;
    stores.put(
        SandboxSystem.LCS_REPORTING, new NoteStore(SandboxSystem.LCS_REPORTING, "", 880001, clock));
    stores.put(SandboxSystem.LCS_API, new NoteStore(SandboxSystem.LCS_API, "", 400001, clock));
    stores.put(SandboxSystem.FWI_API, new NoteStore(SandboxSystem.FWI_API, "OBS-", 500001, clock));
    for (SandboxSystem system : SandboxSystem.values()) {
      rosters.put(system, SandboxRoster.of(system));
      inboxes.put(system, new WriteBackInbox());
      faults.put(
          system,
          new SandboxFaults(system, system == SandboxSystem.LCS_REPORTING ? reporting : null));
    }
    Instant now = clock.instant();
    reporting.build(rosters.get(SandboxSystem.LCS_REPORTING), now);
    for (SandboxSystem system : SandboxSystem.values()) {
      seedVisits(system, now.minus(Duration.ofDays(20)));
    }
  }

  /** Records a new note, version 1, at the adapter's time now. */
  public synchronized RecordedNote record(NoteRequest request) {
    SandboxSystem system = request.system();
    SandboxRoster roster = rosters.get(system);
    SandboxChild child = child(roster, request.personId());
    String authorId = authorOf(roster, child, request.author());
    VendorForm form = VendorForm.of(system);
    Map<String, String> answers = new HashMap<>(request.answers());
    answers.keySet().forEach(form::checkField);
    answers.putIfAbsent(VendorForm.STATUS, request.draft() ? "Draft" : "Complete");
    String text =
        request.text() == null || request.text().isBlank()
            ? "IRO dispute note (" + answers.getOrDefault("action", "no action") + ")."
            : request.text();
    RecordedNote note =
        stores
            .get(system)
            .write(form.noteType(), child.personId(), child.caseId(), authorId, answers, text);
    persist(note);
    return note;
  }

  /**
   * Records a note exactly as given, without the checks {@link #record} makes: for trying what the
   * adapter does with a note no real system should hold (see {@link UncheckedNote}).
   */
  public synchronized RecordedNote recordUnchecked(UncheckedNote given) {
    SandboxSystem system = given.system();
    VendorForm form = VendorForm.of(system);
    Optional<SandboxChild> child =
        given.personId() == null ? Optional.empty() : roster(system).findChild(given.personId());
    String caseId =
        given.caseId() != null ? given.caseId() : child.map(SandboxChild::caseId).orElse(null);
    List<NoteParties.Allocation> allocated = new ArrayList<>();
    child.ifPresent(
        c -> {
          for (Post post : Post.values()) {
            allocated.add(
                new NoteParties.Allocation(post, roster(system).worker(c.allocated(post))));
          }
        });
    RecordedNote note =
        stores
            .get(system)
            .writeAsGiven(
                given.noteId(),
                given.noteType() == null ? form.noteType() : given.noteType(),
                given.personId(),
                caseId,
                given.author().id(),
                given.recordedAt(),
                given.modifiedAt(),
                given.answers(),
                given.text());
    givenParties
        .computeIfAbsent(system, k -> new HashMap<>())
        .put(note.noteId(), new NoteParties(given.personId(), caseId, given.author(), allocated));
    return note;
  }

  /** Whether the system knows the person: a roster child, or one an unchecked note named. */
  public synchronized boolean knowsPerson(SandboxSystem system, String personId) {
    return personId != null
        && (roster(system).findChild(personId).isPresent()
            || givenParties.getOrDefault(system, Map.of()).values().stream()
                .anyMatch(p -> personId.equals(p.personId())));
  }

  /** The person whose case or episode this is: a roster child's, or one an unchecked note named. */
  public synchronized Optional<String> personOfCase(SandboxSystem system, String caseId) {
    Optional<String> onRoster = roster(system).findCase(caseId).map(SandboxChild::personId);
    if (onRoster.isPresent() || caseId == null) {
      return onRoster;
    }
    return givenParties.getOrDefault(system, Map.of()).values().stream()
        .filter(p -> caseId.equals(p.caseId()) && p.personId() != null)
        .map(NoteParties::personId)
        .findFirst();
  }

  /** Who a note is about and by: from the roster, or as an unchecked note gave them. */
  synchronized NoteParties parties(RecordedNote note) {
    NoteParties given = givenParties.getOrDefault(note.system(), Map.of()).get(note.noteId());
    if (given != null) {
      return given;
    }
    SandboxRoster roster = roster(note.system());
    SandboxChild child = roster.child(note.personId());
    List<NoteParties.Allocation> allocated = new ArrayList<>();
    for (Post post : Post.values()) {
      allocated.add(new NoteParties.Allocation(post, roster.worker(child.allocated(post))));
    }
    return new NoteParties(
        child.personId(), child.caseId(), roster.worker(note.authorId()), allocated);
  }

  /**
   * Edits a note: a new version at the adapter's time now.
   *
   * @param answers canonical answers to change; a null or blank value removes the answer
   * @param text the new text; null to keep it
   */
  public synchronized RecordedNote edit(
      SandboxSystem system, String noteId, Map<String, String> answers, String text) {
    NoteStore store = stores.get(system);
    RecordedNote latest = store.latest(noteId);
    VendorForm form = VendorForm.of(system);
    Map<String, String> merged = new HashMap<>(latest.answers());
    answers.forEach(
        (field, value) -> {
          form.checkField(field);
          if (value == null || value.isBlank()) {
            merged.remove(field);
          } else {
            merged.put(field, value);
          }
        });
    RecordedNote next = store.edit(noteId, merged, text == null ? latest.text() : text);
    persist(next);
    return next;
  }

  /**
   * Fills an API system with a back-fill's worth of invented notes, for benchmarks: {@code notes}
   * notes dated evenly from {@code from} to {@code to}, of which {@code disputeNotes} (spread
   * evenly among them) raise a dispute, each about a child of its own added to the roster; the rest
   * are statutory visits about those children (or the roster's, when no dispute is raised). The new
   * children are allocated the roster's own staff, in turn.
   *
   * @return the children added and the last note's modification time
   * @throws IllegalArgumentException for the reporting database, whose notes are rows
   */
  public synchronized BulkNotes loadBulk(
      SandboxSystem system, int notes, int disputeNotes, Instant from, Instant to) {
    if (system == SandboxSystem.LCS_REPORTING || notes < 1 || disputeNotes > notes) {
      throw new IllegalArgumentException(
          "a bulk load is for lcs-api or fwi-api, with at least one note and no more dispute notes"
              + " than notes");
    }
    SandboxRoster roster = rosters.get(system);
    List<SandboxChild> children = addChildren(system, disputeNotes);
    List<SandboxChild> about = children.isEmpty() ? roster.children() : children;
    VendorForm form = VendorForm.of(system);
    NoteStore store = stores.get(system);
    long span = Duration.between(from, to).toMillis();
    Instant last = null;
    int raised = 0;
    for (int i = 0; i < notes; i++) {
      Instant at = from.plusMillis(span * i / notes);
      RecordedNote note;
      if ((long) (i + 1) * disputeNotes / notes > raised) {
        SandboxChild child = children.get(raised++);
        note =
            store.writeDated(
                form.noteType(),
                child.personId(),
                child.caseId(),
                child.iroId(),
                Map.of("action", "raise", "track", child.track()),
                "IRO dispute note (raise).",
                at);
      } else {
        SandboxChild child = about.get(i % about.size());
        note =
            store.writeDated(
                "STATUTORY_VISIT",
                child.personId(),
                child.caseId(),
                child.socialWorkerId(),
                Map.of(),
                VISIT_TEXT,
                at);
      }
      last = note.modifiedAt();
    }
    return new BulkNotes(
        system, notes, children.stream().map(SandboxChild::personId).toList(), last);
  }

  /**
   * Adds {@code count} invented children to a system's roster, numbered on from those added before
   * ({@code BULK0000001}, ...), each allocated the staff of a roster child in turn, for benchmarks
   * that need many disputes at once.
   *
   * @return the children added
   */
  public synchronized List<SandboxChild> addChildren(SandboxSystem system, int count) {
    if (system == SandboxSystem.LCS_REPORTING) {
      throw new IllegalArgumentException("the reporting database's children are rows of its own");
    }
    SandboxRoster roster = rosters.get(system);
    List<SandboxChild> original =
        roster.children().stream().filter(c -> !c.personId().startsWith(BULK)).toList();
    int first = roster.children().size() - original.size();
    List<SandboxChild> children = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SandboxChild like = original.get(i % original.size());
      String number = String.format("%07d", first + i + 1);
      children.add(
          new SandboxChild(
              BULK + number,
              like.caseId() == null ? null : "C-" + BULK + number,
              like.track(),
              like.birthDate(),
              like.socialWorkerId(),
              like.teamManagerId(),
              like.iroId(),
              null));
    }
    rosters.put(system, roster.withChildren(children));
    return children;
  }

  private static final String BULK = "BULK";

  /** Every note in a system as it is now, dispute notes and others, oldest change first. */
  public List<RecordedNote> notes(SandboxSystem system) {
    return stores.get(system).latest();
  }

  /** Every version of a note, first first. */
  public List<RecordedNote> history(SandboxSystem system, String noteId) {
    return stores.get(system).history(noteId);
  }

  /**
   * What the adapter wrote back into a system: API write-backs, integration table rows, then files
   * in the drop folder.
   */
  public List<WrittenBackNote> writtenBack(SandboxSystem system) {
    if (system != SandboxSystem.LCS_REPORTING) {
      return inboxes.get(system).notes();
    }
    List<WrittenBackNote> notes = new ArrayList<>(reporting.imported());
    notes.addAll(droppedFiles());
    return notes;
  }

  /**
   * How many API write-backs came again with an idempotency key the system already held (stored
   * once, answered as duplicates): a retry whose first delivery had gone through. Zero for {@code
   * lcs-reporting}, whose integration table refuses a repeated key itself.
   */
  public int repeatedWriteBacks(SandboxSystem system) {
    return inboxes.get(system).repeats();
  }

  /** What the adapter wrote back into every system. */
  public List<WrittenBackNote> writtenBack() {
    List<WrittenBackNote> all = new ArrayList<>();
    for (SandboxSystem system : SandboxSystem.values()) {
      all.addAll(writtenBack(system));
    }
    return all;
  }

  public SandboxRoster roster(SandboxSystem system) {
    return rosters.get(system);
  }

  /** A system's fault switches. */
  public SandboxFaults faults(SandboxSystem system) {
    return faults.get(system);
  }

  /** Clears every system's faults. */
  public void clearFaults() {
    faults.values().forEach(SandboxFaults::clear);
  }

  /**
   * Every OAuth token the JSON API has issued stops working, as after a restart of the vendor's.
   */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /** The reporting database {@code lcs-reporting} reads and writes. */
  public ReportingDatabase reportingDatabase() {
    return reporting;
  }

  /** The adapter's time now. */
  public Instant now() {
    return clock.instant();
  }

  NoteStore store(SandboxSystem system) {
    return stores.get(system);
  }

  WriteBackInbox inbox(SandboxSystem system) {
    return inboxes.get(system);
  }

  private void persist(RecordedNote note) {
    if (note.system() == SandboxSystem.LCS_REPORTING) {
      reporting.write(note);
    }
  }

  private void seedVisits(SandboxSystem system, Instant at) {
    String type = system == SandboxSystem.LCS_REPORTING ? "VISIT" : "STATUTORY_VISIT";
    Instant when = at;
    for (SandboxChild child : rosters.get(system).children()) {
      RecordedNote visit =
          stores
              .get(system)
              .writeAt(
                  type,
                  child.personId(),
                  child.caseId(),
                  child.socialWorkerId(),
                  Map.of(),
                  VISIT_TEXT,
                  when);
      persist(visit);
      when = when.plus(Duration.ofHours(26));
    }
  }

  private static SandboxChild child(SandboxRoster roster, String personId) {
    return roster
        .findChild(personId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    roster.system().id()
                        + " has no child '"
                        + personId
                        + "'; children: "
                        + roster.children().stream().map(SandboxChild::personId).toList()));
  }

  private static String authorOf(SandboxRoster roster, SandboxChild child, String author) {
    return Post.byId(author)
        .map(child::allocated)
        .or(() -> roster.findWorker(author).map(SandboxWorker::id))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    roster.system().id()
                        + " has no worker '"
                        + author
                        + "'; give a worker id or iro, social-worker, team-manager"));
  }

  private List<WrittenBackNote> droppedFiles() {
    if (dropFolder == null || !Files.isDirectory(dropFolder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dropFolder)) {
      return files.filter(Files::isRegularFile).sorted().map(this::dropped).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private WrittenBackNote dropped(Path file) {
    try {
      String name = file.getFileName().toString();
      return new WrittenBackNote(
          SandboxSystem.LCS_REPORTING,
          "file",
          name,
          null,
          Map.of("fileName", name, "content", Files.readString(file, StandardCharsets.UTF_8)),
          Files.getLastModifiedTime(file).toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
