package uk.irodispute.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import uk.irodispute.IroDisputeAdapter;

/**
 * The adapter in a JVM of its own, as a council runs it: the main class on the application's
 * classpath (the test classes left out, so none of the test settings apply), configured through its
 * environment as the README says, and stopped hard ({@code SIGKILL}) as a crash or a pulled plug
 * would stop it. Its output goes to a log file under {@code target/} for diagnosis.
 */
final class AdapterProcess {

  private static final List<AdapterProcess> RUNNING = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AdapterProcess::killAll));
  }

  private final String name;
  private final Process process;
  private final Path log;

  private AdapterProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts an adapter.
   *
   * @param name the node's name in the log file's name
   * @param logFolder where its log goes
   * @param environment its settings ({@code IRO_DB_URL}, {@code IRO_MAPPINGS}, ...)
   * @param arguments settings with no environment variable, as command-line arguments
   */
  static AdapterProcess start(
      String name, Path logFolder, Map<String, String> environment, List<String> arguments) {
    try {
      Files.createDirectories(logFolder);
      Path log = logFolder.resolve(name + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-Xmx384m");
      command.add("-cp");
      command.add(applicationClassPath());
      command.add(IroDisputeAdapter.class.getName());
      command.addAll(arguments);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(Path.of("").toAbsolutePath().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().keySet().removeIf(key -> key.startsWith("IRO_"));
      builder.environment().putAll(environment);
      AdapterProcess adapter = new AdapterProcess(name, builder.start(), log);
      synchronized (RUNNING) {
        RUNNING.add(adapter);
      }
      return adapter;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once, as a crash would: no shutdown hook, no graceful stop. */
  void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " did not die within 30 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    synchronized (RUNNING) {
      RUNNING.remove(this);
    }
  }

  /** Appends the adapter's threads to its log, to show what it was waiting for. */
  void dumpThreads() {
    try {
      Process jcmd =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  Long.toString(process.pid()),
                  "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      jcmd.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The log so far, to explain a failure. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }

  /** Kills every adapter still running. */
  static void killAll() {
    List<AdapterProcess> running;
    synchronized (RUNNING) {
      running = List.copyOf(RUNNING);
    }
    running.forEach(AdapterProcess::kill);
  }

  /**
   * The JVM's classpath (Surefire's, when run by Maven) without the test classes and without
   * ical4j. The adapter does not ship ical4j; the tests parse invitations with it. Its mail-type
   * registration would load it at start-up, and it logs a plain line before the log is set up.
   */
  private static String applicationClassPath() {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
        .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("ical4j-"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** Environment variables in the order given, for readable failure messages. */
  static Map<String, String> environment(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
