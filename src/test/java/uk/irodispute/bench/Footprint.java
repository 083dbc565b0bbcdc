package uk.irodispute.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import uk.irodispute.testing.FreePorts;

/**
 * Start-up and memory: the adapter in a JVM of its own, on an H2 file already holding {@code open}
 * open disputes, 1% of them due, started as a council starts it: by the documented launch ({@code
 * bin/iro-dispute-adapter}, after its one-off preparation) or, for comparison, by {@code java -jar}
 * with the JVM's default options. Ready is the first {@code UP} from {@code /actuator/health};
 * resident memory is read from {@code /proc/<pid>/status} while it ticks the due disputes and
 * polls, and its peak ({@code VmHWM}) at the end.
 */
final class Footprint {

  private Footprint() {}

  /**
   * How the adapter is started.
   *
   * @param name how the table calls it
   * @param command the command, before the adapter's own arguments
   * @param prepare a command run once before, not timed as the start (none: empty)
   * @param environment settings added to the environment of both
   */
  record Launch(
      String name, List<String> command, List<String> prepare, Map<String, String> environment) {

    /**
     * The documented launch, {@code bin/iro-dispute-adapter}, with the jar unpacked into {@code
     * appDir} (emptied first) and its class data sharing archive made by {@code prepare}, as on
     * installing.
     */
    static Launch documented(Path appDir) {
      BenchDatabase.deleteFolder(appDir);
      Map<String, String> environment =
          Map.of("IRO_APP_DIR", appDir.toString(), "IRO_JAR", jar().toString());
      return new Launch(
          "bin/iro-dispute-adapter",
          List.of("bin/iro-dispute-adapter"),
          List.of("bin/iro-dispute-adapter", "prepare"),
          environment);
    }

    /** {@code java -jar} with no options: the JVM's defaults on this machine. */
    static Launch javaDefaults() {
      return new Launch(
          "java -jar, JVM defaults",
          List.of(java(), "-jar", jar().toString()),
          List.of(),
          Map.of());
    }
  }

  /**
   * @param readySeconds from starting the launch to the first healthy answer
   * @param rssMiB the largest resident size seen while it ran
   * @param peakRssMiB the kernel's peak resident size ({@code VmHWM}) at the end
   * @param prepareSeconds how long the launch's preparation took (0: none)
   * @param launch how it was started
   */
  record Result(
      int open,
      double readySeconds,
      long rssMiB,
      long peakRssMiB,
      double prepareSeconds,
      String launch) {}

  /**
   * @param open open disputes in the database
   * @param watch how long to watch its memory once ready
   * @param launch how the adapter is started
   */
  static Result run(Path work, int open, Duration watch, Launch launch) {
    Path folder = work.resolve("h2-footprint");
    BenchDatabase database = BenchDatabase.h2(folder);
    Path mappings = BenchMappings.copy(work.resolve("mappings-footprint"), "30s", 50, false);
    try (BenchAdapter adapter =
        BenchAdapter.start(
            database,
            mappings,
            work.resolve("footprint-fill.log"),
            Map.of("iro.clock.start", TickBench.NOW.toString()))) {
      TickBench.insert(adapter, open, open / 100);
    }
    int port = FreePorts.freePort();
    Map<String, String> environment = new LinkedHashMap<>(launch.environment());
    environment.put("IRO_DB_URL", database.url());
    environment.put("IRO_MAPPINGS", mappings.toString());
    environment.put("IRO_PORT", Integer.toString(port));
    environment.put("IRO_SANDBOX_SMTP_PORT", "0");
    environment.put("IRO_CLOCK_START", TickBench.NOW.toString());
    double prepared = 0;
    if (!launch.prepare().isEmpty()) {
      long preparing = System.nanoTime();
      prepare(launch.prepare(), environment, work.resolve("footprint-prepare.log"));
      prepared = BackFill.seconds(preparing);
    }
    List<String> command = new ArrayList<>(launch.command());
    command.add("--spring.main.banner-mode=off");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("footprint-adapter.log").toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("IRO_"));
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      waitUntilHealthy(process, port);
      double ready = BackFill.seconds(start);
      long most = 0;
      long until = System.nanoTime() + watch.toNanos();
      while (System.nanoTime() < until && process.isAlive()) {
        most = Math.max(most, kib(process, "VmRSS"));
        pause(500);
      }
      long peak = kib(process, "VmHWM");
      return new Result(open, ready, most / 1024, peak / 1024, prepared, launch.name());
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void waitUntilHealthy(Process process, int port) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the adapter stopped; see footprint-adapter.log");
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(50);
    }
    throw new IllegalStateException("the adapter was not healthy within 3 minutes");
  }

  /** A size from {@code /proc/<pid>/status}, in KiB. */
  private static long kib(Process process, String field) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
      return 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** Runs a launch's preparation to its end. */
  private static void prepare(List<String> command, Map<String, String> environment, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("IRO_"));
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("the preparation failed; see " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The adapter's jar, as {@code mvn package} builds it ({@code bench/run} does). */
  static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(file -> file.getFileName().toString().matches("iro-dispute-adapter-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no jar in target/: run mvn package"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
