package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.UncheckedNote;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetterAction;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.testing.Prerequisites;

/**
 * The operations console in a real browser (Debian's chromium, driven by its chromedriver) against
 * the sandbox, in a context of its own: a viewer sees each source's state, the routes, the outbox,
 * the dead letters without any action, and the open disputes by stage with the overdue one; an
 * operator replays one dead letter and discards another with a reason, and the store records both
 * under the operator's name. A screenshot of each page is kept in {@code
 * target/console-screenshots/}. Without chromium and chromedriver the test is skipped, except under
 * {@code CI=true}, where it fails.
 */
class ConsoleBrowserEndToEndTest extends SandboxRun {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();
  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final SandboxSystem FWI = SandboxSystem.FWI_API;
  private static final String DISCARD_REASON = "names no child: the IRO recorded it again";

  @Autowired DeadLetterOperations deadLetters;
  @Autowired NamedParameterJdbcTemplate jdbc;

  private ChromeDriverService driverService;
  private WebDriver browser;
  private Path profile;

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:console-test;DB_CLOSE_DELAY=-1");
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
    // One failed attempt makes a dead letter, so that the test has one to replay.
    registry.add("iro.outbox.max-attempts", () -> 1);
  }

  @BeforeAll
  static void chromiumIsInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String why =
        "Debian's chromium and chromedriver are not installed (apt-get install chromium"
            + " chromium-driver)";
    Prerequisites.skipOrFail(why);
  }

  @BeforeEach
  void startTheBrowser() throws IOException {
    profile = Files.createTempDirectory("console-test-chromium-");
    driverService =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1500,1400",
        "--user-data-dir=" + profile.toAbsolutePath());
    browser = new ChromeDriver(driverService, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void stopTheBrowser() throws IOException {
    sandbox.clearFaults();
    if (browser != null) {
      browser.quit();
    }
    if (driverService != null) {
      driverService.stop();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @Test
  void aViewerSeesTheAdapterAndAnOperatorReplaysAndDiscardsDeadLetters() {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(NoteRequest.in(FWI, "P300101").action("raise").build());
    pollAndDeliver(FWI);
    String overdueRef = openDisputeOf(FWI, "P300101").reference().value();

    clock.set(Instant.parse("2026-11-10T09:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, "2001").action("raise").answer("track", "LAC").build());
    sandbox.recordUnchecked(
        UncheckedNote.in(LCS, sandbox.roster(LCS).worker("W2105"))
            .noteId("N-NO-CHILD")
            .action("raise")
            .answer("track", "LAC")
            .caseId("C-20002")
            .build());
    sandbox.faults(LCS).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS).untilCleared());
    poll(LCS);
    poll(SandboxSystem.LCS_REPORTING);
    tick();
    deliver();
    sandbox.record(NoteRequest.in(FWI, "P300102").action("raise").build());
    poll(FWI);
    String inTimeRef = openDisputeOf(FWI, "P300102").reference().value();
    clock.set(Instant.parse("2026-11-10T11:00:00Z"));
    sandbox.faults(FWI).arm(Fault.serverErrors(1).on(FaultTarget.POLLS));
    poll(FWI);

    DeadLetter delivery = onlyOpen(DeadLetter.Kind.DELIVERY);
    DeadLetter note = onlyOpen(DeadLetter.Kind.NOTE);
    assertThat(note.reasonCode()).isEqualTo("MISSING_SUBJECT");

    browser.get(url("/console"));
    waitFor(By.id("sign-in"));
    screenshot("01-sign-in");
    signIn("viewer", "sandbox-viewer");

    assertThat(text(By.id("signed-in-user"))).isEqualTo("viewer");
    assertThat(text(By.id("signed-in-role"))).isEqualTo("viewer");
    assertThat(text(By.cssSelector("#source-lcs-api .state"))).isEqualTo("polling");
    assertThat(text(By.cssSelector("#source-lcs-reporting .state"))).isEqualTo("polling");
    assertThat(text(By.cssSelector("#source-fwi-api .state"))).isEqualTo("failing");
    assertThat(text(By.id("source-fwi-api")))
        .contains("HTTP 500")
        .contains("Tue 10 Nov 2026, 11:00");
    assertThat(text(By.id("health-status"))).as("as /actuator/health says").isEqualTo("DOWN");
    assertThat(text(By.id("health-reasons"))).contains("sources/fwi-api DOWN");
    assertThat(text(By.cssSelector("#route-poll-fwi-api .source-state"))).isEqualTo("failing");
    assertThat(text(By.cssSelector("#route-poll-lcs-api .source-state"))).isEqualTo("polling");
    assertThat(
            browser
                .findElement(By.cssSelector("meta[http-equiv='refresh']"))
                .getAttribute("content"))
        .isEqualTo("30");
    assertThat(text(By.cssSelector("#route-poll-lcs-api .status"))).isEqualTo("Started");
    assertThat(number(By.cssSelector("#route-poll-lcs-api .total"))).isEqualTo(1);
    assertThat(number(By.cssSelector("#route-poll-fwi-api .total"))).isEqualTo(3);
    assertThat(number(By.cssSelector("#route-poll-fwi-api .failed"))).isEqualTo(1);
    assertThat(number(By.cssSelector("#route-deliver .failed"))).isGreaterThanOrEqualTo(1);
    assertThat(number(By.id("outbox-DEAD"))).isEqualTo(1);
    assertThat(number(By.id("outbox-PENDING"))).isPositive();
    assertThat(text(By.id("outbox-oldest"))).isEqualTo("Tue 10 Nov 2026, 09:00 (2 h 0 min)");
    assertThat(text(By.cssSelector("#figure-overdue-disputes strong"))).isEqualTo("1");
    assertThat(text(By.cssSelector("#figure-open-dead-letters strong"))).isEqualTo("2");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            b ->
                ((Number) ((JavascriptExecutor) b).executeScript("return window.iroCharts.drawn"))
                        .intValue()
                    == 4);
    assertThat(browser.findElements(By.cssSelector(".chart canvas"))).hasSize(4);
    assertThat(
            ((Number)
                    ((JavascriptExecutor) browser).executeScript("return window.iroCharts.points"))
                .intValue())
        .as("the charts have the adapter's samples")
        .isPositive();
    assertThat(text(By.id("chart-notes"))).contains("notes read lcs-api");
    assertThat(text(By.id("chart-disputes"))).contains("disputes open", "disputes overdue");
    screenshot("02-overview");

    browser.findElement(By.id("nav-dead-letters")).click();
    waitFor(By.id("dead-letters-table"));
    assertThat(text(By.id("letter-" + delivery.id())))
        .contains("DELIVERY", "lcs-api", "DELIVERY_FAILED", "OPEN");
    assertThat(text(By.id("letter-" + note.id())))
        .contains("NOTE", "N-NO-CHILD", "MISSING_SUBJECT", "OPEN");
    assertThat(browser.findElements(By.cssSelector("button[id^='replay-']")))
        .as("a viewer is offered no replay")
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("button[id^='discard-']"))).isEmpty();
    assertThat(browser.findElements(By.id("replay-all"))).isEmpty();
    screenshot("03-dead-letters-viewer");

    browser.findElement(By.id("nav-disputes")).click();
    waitFor(By.id("overdue-summary"));
    WebElement overdue = browser.findElement(By.id("dispute-" + overdueRef));
    assertThat(overdue.getAttribute("class")).contains("overdue");
    assertThat(overdue.findElement(By.className("overdue-flag")).getText()).startsWith("overdue");
    assertThat(overdue.findElement(By.className("due")).getText())
        .isEqualTo("Mon 9 Nov 2026, 17:00");
    WebElement inTime = browser.findElement(By.id("dispute-" + inTimeRef));
    assertThat(inTime.getAttribute("class")).doesNotContain("overdue");
    assertThat(inTime.findElement(By.className("overdue-flag")).getText()).isEqualTo("no");
    WebElement harrowStageOne = browser.findElement(By.id("stage-harrow-drp-stage-1"));
    assertThat(harrowStageOne.findElement(By.className("count")).getText()).isEqualTo("2");
    assertThat(harrowStageOne.findElement(By.className("overdue-count")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("stage-day-range-lac-cp-stage-1")).getText())
        .contains("day-range-lac-cp");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .as("disputes are references and links, never the child")
        .doesNotContain("P300101", "P300102");
    screenshot("04-disputes");

    overdue.findElement(By.cssSelector(".reference a")).click();
    waitFor(By.id("dispute-reference"));
    assertThat(text(By.id("dispute-reference"))).isEqualTo(overdueRef);
    assertThat(text(By.id("dispute-summary"))).contains("harrow-drp", "fwi-api");
    assertThat(text(By.id("dispute-stages"))).contains("stage-1", "Mon 9 Nov 2026, 17:00");
    assertThat(text(By.id("dispute-events"))).contains("RAISED");
    assertThat(text(By.id("dispute-notes"))).contains("fwi-api", "APPLIED");
    assertThat(text(By.id("dispute-deliveries"))).contains("DELIVERED");
    assertThat(text(By.id("dispute-recipients"))).contains("chair");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .as("a dispute's story names no child")
        .doesNotContain("P300101");
    screenshot("04a-dispute");

    browser.findElement(By.id("nav-outbox")).click();
    waitFor(By.id("outbox-items"));
    browser.findElement(By.id("show-DEAD")).click();
    waitFor(By.id("outbox-items"));
    assertThat(text(By.id("outbox-status"))).isEqualTo("DEAD");
    assertThat(text(By.id("outbox-items"))).contains("lcs-api", "HTTP 500");
    screenshot("04b-outbox-dead");

    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("signed-out"));
    browser.get(url("/console/dead-letters"));
    signIn("operator", "sandbox-operator");
    assertThat(browser.getCurrentUrl()).endsWith("/console/dead-letters");
    assertThat(text(By.id("signed-in-role"))).isEqualTo("operator");
    assertThat(browser.findElements(By.id("replay-all"))).hasSize(1);
    screenshot("05-dead-letters-operator");

    browser.findElement(By.id("replay-" + delivery.id())).click();
    assertThat(waitFor(By.id("done")).getText())
        .isEqualTo("Dead letter " + delivery.id() + " replayed");
    browser.findElement(By.id("discard-reason-" + note.id())).sendKeys(DISCARD_REASON);
    browser.findElement(By.id("discard-" + note.id())).click();
    assertThat(waitFor(By.id("done")).getText())
        .isEqualTo("Dead letter " + note.id() + " discarded");
    assertThat(browser.findElements(By.id("letter-" + delivery.id())))
        .as("open letters only, by default")
        .isEmpty();
    new Select(browser.findElement(By.id("filter-status"))).selectByValue("");
    browser.findElement(By.id("filter-button")).click();
    waitFor(By.id("letter-" + delivery.id()));
    assertThat(text(By.cssSelector("#letter-" + delivery.id() + " .last-action")))
        .startsWith("replay by operator");
    assertThat(text(By.cssSelector("#letter-" + note.id() + " .last-action")))
        .startsWith("discard by operator")
        .endsWith(DISCARD_REASON);
    screenshot("06-dead-letters-after-actions");

    assertThat(deadLetters.letter(delivery.id()).status()).isEqualTo(DeadLetter.Status.REPLAYED);
    assertThat(deadLetters.actions(delivery.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo(DeadLetterAction.Kind.REPLAY);
              assertThat(a.actor()).isEqualTo("operator");
            });
    assertThat(deadLetters.letter(note.id()).status()).isEqualTo(DeadLetter.Status.DISCARDED);
    assertThat(deadLetters.actions(note.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo(DeadLetterAction.Kind.DISCARD);
              assertThat(a.actor()).isEqualTo("operator");
              assertThat(a.reason()).isEqualTo(DISCARD_REASON);
            });
    assertThat(outboxStatus(delivery.outboxId())).isEqualTo("PENDING");
    sandbox.clearFaults();
    deliver();
    assertThat(outboxStatus(delivery.outboxId()))
        .as("the replayed delivery went once the case system was back")
        .isEqualTo("DELIVERED");
    assertThat(writtenBackAbout(LCS, "2001")).isNotEmpty();
  }

  private void signIn(String user, String password) {
    waitFor(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in-button")).click();
    waitFor(By.id("signed-in-user"));
  }

  private DeadLetter onlyOpen(DeadLetter.Kind kind) {
    List<DeadLetter> open =
        deadLetters.list(new DeadLetterFilter(null, null, null, DeadLetter.Status.OPEN, kind));
    assertThat(open).as("open %s letters", kind).hasSize(1);
    return open.get(0);
  }

  private String outboxStatus(long id) {
    return jdbc.queryForObject(
        "SELECT status FROM outbox WHERE id = :id", java.util.Map.of("id", id), String.class);
  }

  private WebElement waitFor(By element) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  private String text(By element) {
    return browser.findElement(element).getText().strip();
  }

  private long number(By element) {
    return Long.parseLong(text(element));
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + OWN_HTTP_PORT + path;
  }

  private void screenshot(String name) {
    File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
