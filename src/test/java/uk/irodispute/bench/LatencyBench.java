package uk.irodispute.bench;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxCaseSystems;
import uk.irodispute.sandbox.SandboxChild;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;

/**
 * From a dispute note becoming visible in the case system to its alert in the GreenMail mailbox and
 * its query note written back into the case system: the adapter on its own schedules (the system
 * file's poll interval, the outbox schedule, the tick), real time, and notes recorded at random
 * moments over a window, each raising a dispute about a child of its own.
 */
final class LatencyBench {

  private static final SandboxSystem SYSTEM = SandboxSystem.LCS_API;

  private LatencyBench() {}

  /**
   * @param every the poll interval
   * @param notes notes recorded
   * @param mailMillis each note's time to its first alert mail, sorted
   * @param writeBackMillis each note's time to its query note written back, sorted
   * @param bothMillis each note's time until both had arrived, sorted
   */
  record Result(
      Duration every,
      int notes,
      List<Long> mailMillis,
      List<Long> writeBackMillis,
      List<Long> bothMillis) {

    static long percentile(List<Long> sorted, double p) {
      if (sorted.isEmpty()) {
        return -1;
      }
      int rank = (int) Math.ceil(p / 100 * sorted.size());
      return sorted.get(Math.max(0, rank - 1));
    }

    boolean complete() {
      return bothMillis.size() == notes;
    }
  }

  /**
   * @param every the lcs-api poll interval, as the file writes it
   * @param notes how many notes
   * @param window over how long they are recorded
   * @param settings further adapter settings (the outbox schedule, ...)
   */
  static Result run(
      BenchDatabase database,
      Path work,
      String every,
      int notes,
      Duration window,
      Map<String, String> settings) {
    Path mappings = BenchMappings.copy(work.resolve("mappings-latency-" + every), every, 50, false);
    Map<String, String> all = new HashMap<>(settings);
    all.put("iro.scheduling.enabled", "true");
    all.remove("iro.clock.start");
    try (BenchAdapter adapter =
        BenchAdapter.start(
            database,
            mappings,
            work.resolve(
                "latency-"
                    + every
                    + "-"
                    + all.getOrDefault("iro.outbox.after-poll", "true")
                    + ".log"),
            all)) {
      SandboxCaseSystems sandbox = adapter.bean(SandboxCaseSystems.class);
      SandboxMailServer mail = adapter.bean(SandboxMailServer.class);
      List<SandboxChild> children = sandbox.addChildren(SYSTEM, notes);
      Map<String, Instant> visible = new ConcurrentHashMap<>();
      Map<String, Instant> writtenBack = new ConcurrentHashMap<>();
      Map<String, Instant> mailed = new ConcurrentHashMap<>();
      Map<String, String> childOfReference = new ConcurrentHashMap<>();
      // Mails seen, by dispute reference, until a write-back names the child they are about.
      Map<String, Instant> waitingMails = new HashMap<>();

      ScheduledExecutorService staff = Executors.newSingleThreadScheduledExecutor();
      Random random = new Random(42);
      for (SandboxChild child : children) {
        long at = (long) (random.nextDouble() * window.toMillis());
        staff.schedule(
            () -> {
              RecordedNote note =
                  sandbox.record(
                      NoteRequest.in(SYSTEM, child.personId())
                          .action("raise")
                          .answer("track", child.track())
                          .build());
              visible.put(child.personId(), note.modifiedAt());
            },
            at,
            TimeUnit.MILLISECONDS);
      }
      Instant deadline =
          Instant.now()
              .plus(window)
              .plus(Duration.parse("PT" + every.toUpperCase()))
              .plusSeconds(30);
      int seenWriteBacks = 0;
      while (Instant.now().isBefore(deadline)
          && (visible.size() < notes || writtenBack.size() < notes || mailed.size() < notes)) {
        List<WrittenBackNote> backs = sandbox.writtenBack(SYSTEM);
        for (WrittenBackNote back : backs.subList(seenWriteBacks, backs.size())) {
          if (back.personId() != null) {
            writtenBack.putIfAbsent(back.personId(), back.receivedAt());
            String reference = back.key().substring(0, back.key().indexOf('/'));
            childOfReference.putIfAbsent(reference, back.personId());
          }
        }
        seenWriteBacks = backs.size();
        // Every mailbox's copies, each time: a new mail may come before others in the array.
        Instant seen = Instant.now();
        for (MimeMessage message : mail.greenMail().getReceivedMessages()) {
          String key = key(message);
          if (key != null && key.contains("/")) {
            waitingMails.putIfAbsent(key.substring(0, key.indexOf('/')), seen);
          }
        }
        waitingMails.forEach(
            (reference, at) -> {
              String child = childOfReference.get(reference);
              if (child != null) {
                mailed.putIfAbsent(child, at);
              }
            });
        pause();
      }
      staff.shutdownNow();
      List<Long> toMail = new ArrayList<>();
      List<Long> toWriteBack = new ArrayList<>();
      List<Long> toBoth = new ArrayList<>();
      visible.forEach(
          (child, at) -> {
            Instant m = mailed.get(child);
            Instant w = writtenBack.get(child);
            if (m != null) {
              toMail.add(Duration.between(at, m).toMillis());
            }
            if (w != null) {
              toWriteBack.add(Duration.between(at, w).toMillis());
            }
            if (m != null && w != null) {
              toBoth.add(Duration.between(at, m.isAfter(w) ? m : w).toMillis());
            }
          });
      toMail.sort(null);
      toWriteBack.sort(null);
      toBoth.sort(null);
      return new Result(
          Duration.parse("PT" + every.toUpperCase()), notes, toMail, toWriteBack, toBoth);
    }
  }

  private static String key(MimeMessage message) {
    try {
      return message.getHeader(SandboxMailServer.KEY_HEADER, null);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The watcher looks every 10 ms: the resolution of the mail times. */
  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
