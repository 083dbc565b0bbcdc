package uk.irodispute.bench;

import java.io.File;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import uk.irodispute.IroDisputeAdapter;

/**
 * Start-up and memory: the adapter in a JVM of its own, as a council runs it (the application's
 * classpath, the sandbox profile, settings from the environment, the JVM's default options), on an
 * H2 file already holding {@code open} open disputes, 1% of them due. Ready is the first {@code UP}
 * from {@code /actuator/health}; resident memory is read from {@code /proc/<pid>/status} while it
 * ticks the due disputes and polls, and its peak ({@code VmHWM}) at the end.
 */
final class Footprint {

  private Footprint() {}

  /**
   * @param readySeconds from starting the JVM to the first healthy answer
   * @param rssMiB the largest resident size seen while it ran
   * @param peakRssMiB the kernel's peak resident size ({@code VmHWM}) at the end
   * @param heapOptions the JVM options given (none: the JVM's defaults on this machine)
   */
  record Result(int open, double readySeconds, long rssMiB, long peakRssMiB, String heapOptions) {}

  /**
   * @param open open disputes in the database
   * @param watch how long to watch its memory once ready
   * @param jvmOptions options for the adapter's JVM
   */
  static Result run(Path work, int open, Duration watch, List<String> jvmOptions) {
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
    int port = BenchAdapter.freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(applicationClassPath());
    command.add(IroDisputeAdapter.class.getName());
    command.add("--spring.main.banner-mode=off");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("footprint-adapter.log").toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("IRO_"));
    builder.environment().put("IRO_DB_URL", database.url());
    builder.environment().put("IRO_MAPPINGS", mappings.toString());
    builder.environment().put("IRO_PORT", Integer.toString(port));
    builder.environment().put("IRO_SANDBOX_SMTP_PORT", "0");
    builder.environment().put("IRO_CLOCK_START", TickBench.NOW.toString());
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
      return new Result(
          open,
          ready,
          most / 1024,
          peak / 1024,
          jvmOptions.isEmpty() ? "JVM defaults" : String.join(" ", jvmOptions));
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

  /** This JVM's classpath without the test classes, so none of the test settings apply. */
  private static String applicationClassPath() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
        .filter(entry -> !entry.contains("jmh"))
        .collect(Collectors.joining(File.pathSeparator));
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
