package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.health.StorageHealthIndicator;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.Watermark;
import uk.irodispute.store.Watermarks;

/**
 * Issue 18, finding 6: a full disk. The adapter's H2 database is on a small file system the test
 * mounts (tmpfs, 16 MB), which is then filled: a poll takes no note and leaves the watermark where
 * it was, the {@code storage} health check is DOWN with the reason, and once room is made the next
 * poll takes the note by itself. Mounting needs root: without it the test is skipped with the
 * reason, except under {@code CI=true}, where it fails.
 */
@DirtiesContext
class FullDiskEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();
  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final long MEGABYTE = 1024 * 1024;

  private static Path disk;

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired Watermarks watermarks;
  @Autowired StorageHealthIndicator storage;

  @DynamicPropertySource
  static void ownContextOnASmallDisk(DynamicPropertyRegistry registry) throws Exception {
    ownContext(registry, "full-disk-test", OWN_HTTP_PORT, OWN_SMTP_PORT);
    disk = Files.createTempDirectory("iro-full-disk");
    if (!"root".equals(System.getProperty("user.name"))) {
      skip(
          "mounting a small file system needs root; this runs as "
              + System.getProperty("user.name"));
    }
    int mounted = run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString());
    if (mounted != 0) {
      skip("mount -t tmpfs failed with exit code " + mounted);
    }
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:file:" + disk.resolve("iro") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
    registry.add("iro.storage.least-free", () -> "4MB");
  }

  @AfterAll
  static void unmount() throws Exception {
    if (disk != null) {
      run("umount", "-l", disk.toString());
    }
  }

  @Test
  void onAFullDiskNoNoteIsTakenAndTheAdapterGoesOnByItselfOnceThereIsRoom() throws Exception {
    sandbox.record(NoteRequest.in(LCS, "2001").action("raise").answer("track", "LAC").build());
    Watermark before = watermarks.get(LCS.id());
    Path filler = disk.resolve("filler");
    fillLeaving(filler, MEGABYTE);

    poll(LCS);

    assertThat(takenNotes()).as("no note taken on a full disk").isZero();
    assertThat(watermarks.get(LCS.id())).as("the watermark stays").isEqualTo(before);
    assertThat(storage.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(String.valueOf(storage.health().getDetails().get("reason")))
        .contains("the database's folder")
        .contains("bytes free, less than iro.storage.least-free");

    Files.delete(filler);
    assertThat(storage.health().getStatus()).isEqualTo(Status.UP);
    pollAndDeliver(LCS);

    assertThat(takenNotes()).as("taken once there is room").isEqualTo(1);
    assertThat(watermarks.get(LCS.id())).isNotEqualTo(before);
    assertThat(writtenBackAbout(LCS, "2001")).isNotEmpty();
  }

  private int takenNotes() {
    Integer n =
        jdbc.getJdbcTemplate()
            .queryForObject("SELECT COUNT(*) FROM processed_notes", Integer.class);
    return n == null ? 0 : n;
  }

  /** Writes a file that leaves {@code free} bytes of the disk free, or a little less. */
  private static void fillLeaving(Path filler, long free) throws IOException {
    long room = Files.getFileStore(disk).getUsableSpace() - free;
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(filler)) {
      for (long written = 0; written < room; written += block.length) {
        out.write(block);
      }
    }
  }

  private static void skip(String why) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(why + " (CI=true: this test must run)");
    }
    Assumptions.abort(why);
  }

  private static int run(String... command) throws Exception {
    Process process = new ProcessBuilder(List.of(command)).inheritIO().start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
