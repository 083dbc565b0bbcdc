package uk.irodispute.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.directory.ServiceArea;
import uk.irodispute.mappings.MessageFileLoader;
import uk.irodispute.reports.DigestProperties;
import uk.irodispute.reports.DisputeRegister;
import uk.irodispute.reports.InMemoryDispute;
import uk.irodispute.reports.OversightDigest;
import uk.irodispute.reports.StoredHistories;
import uk.irodispute.store.StoreJson;
import uk.irodispute.testing.MutableClock;

/**
 * The digest goes to the people holding the configured role in the directory's default area, once a
 * week; with nobody in the role it goes to operations, saying so.
 */
class DigestSendingTest {

  /** Monday 9 November 2026, 08:00 in London. */
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-09T08:00:00Z"));

  private final List<Delivery.Mail> queued = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  @Test
  void theDigestGoesToTheRoleOnceAWeek() {
    DigestSending sending = sending(directory(Map.of("hos-sars", List.of("hos"))));

    assertThat(sending.queue()).isTrue();
    clock.set(Instant.parse("2026-11-13T16:00:00Z"));
    assertThat(sending.queue()).as("the same ISO week").isFalse();
    clock.set(Instant.parse("2026-11-16T08:00:00Z"));
    assertThat(sending.queue()).as("the next week").isTrue();

    assertThat(queued)
        .extracting(Delivery.Mail::idempotencyKey)
        .containsExactly(
            "oversight-digest/hos-sars/2026-W46", "oversight-digest/hos-sars/2026-W47");
    Delivery.Mail first = queued.get(0);
    assertThat(first.to()).containsExactly("quinn.ellery@council.example");
    assertThat(first.systemId()).isEqualTo(DigestSending.SYSTEM_ID);
    assertThat(first.reference()).isNull();
    assertThat(first.subject())
        .isEqualTo("Dispute oversight, week 2026-W46: 0 opened, 0 escalated, 0 closed, 0 overdue");
    assertThat(first.plainText())
        .contains("for the Head of Service for Safeguarding and Reviewing Service (SARS)")
        .contains("Open disputes by stage\nNone.");
    assertThat(first.html()).startsWith("<html><body>");
  }

  @Test
  void withNobodyInTheRoleTheDigestGoesToOperationsSayingSo() {
    DigestSending sending = sending(directory(Map.of()));

    assertThat(sending.queue()).isTrue();

    assertThat(queued.get(0).to()).containsExactly("iro-adapter-ops@council.example");
    assertThat(queued.get(0).plainText()).contains("Nobody holds the role 'hos-sars'");
  }

  @Test
  void theDigestIsInWelshWhenEveryoneItGoesToChoseWelsh() {
    Wording council =
        new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));
    DigestSending sending =
        sending(
            new Directory(
                List.of(
                    new DirectoryPerson(
                        "hos", "Quinn Ellery", "quinn.ellery@council.example", Wording.WELSH)),
                List.of(
                    new ServiceArea(
                        "council",
                        "Council-wide roles",
                        true,
                        List.of(),
                        Map.of("hos-sars", List.of("hos")))),
                List.of("iro-adapter-ops@council.example")),
            council);

    assertThat(sending.queue()).isTrue();

    assertThat(queued.get(0).subject())
        .isEqualTo(
            "Goruchwylio anghydfodau, wythnos 2026-W46: 0 wedi'u hagor, 0 wedi'u huwchgyfeirio,"
                + " 0 wedi'u cau, 0 yn hwyr");
    assertThat(queued.get(0).plainText()).contains("o Dydd Llun 2 Tachwedd 2026 am 08:00");
  }

  @Test
  void theDigestIsInEnglishWhenItGoesToSomeoneWhoChoseNoLanguage() {
    Wording council =
        new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));
    DigestSending sending = sending(directory(Map.of("hos-sars", List.of("hos"))), council);

    assertThat(sending.queue()).isTrue();

    assertThat(queued.get(0).subject()).startsWith("Dispute oversight, week 2026-W46");
  }

  @Test
  void withNobodyToSendItToNothingIsQueued() {
    DigestSending sending = sending(new Directory(List.of(), List.of(), List.of()));

    assertThat(sending.queue()).isFalse();
    assertThat(queued).isEmpty();
  }

  private DigestSending sending(Directory directory) {
    return sending(directory, Wording.builtIn());
  }

  private DigestSending sending(Directory directory, Wording wording) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:digest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).load().migrate();
    StoredHistories histories =
        new StoredHistories(new NamedParameterJdbcTemplate(h2), new StoreJson());
    return new DigestSending(
        histories,
        new OversightDigest(
            new DisputeRegister(InMemoryDispute.PROTOCOLS, InMemoryDispute.CALENDARS, s -> null),
            InMemoryDispute.PROTOCOLS),
        directory,
        InMemoryDispute.PROTOCOLS,
        delivery -> keys.add(delivery.idempotencyKey()) && queued.add((Delivery.Mail) delivery),
        new DigestProperties(true, "hos-sars", "MONDAY", "08:00"),
        wording,
        clock);
  }

  private static Directory directory(Map<String, List<String>> roles) {
    return new Directory(
        List.of(new DirectoryPerson("hos", "Quinn Ellery", "quinn.ellery@council.example")),
        List.of(new ServiceArea("council", "Council-wide roles", true, List.of(), roles)),
        List.of("iro-adapter-ops@council.example"));
  }
}
