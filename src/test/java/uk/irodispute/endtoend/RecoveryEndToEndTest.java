package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetterFilter;

/**
 * Recovering from failures, in a context of its own (its own ports and reporting database, since it
 * stops the mail server and moves the clock a day on): the case system's write-back and the mail
 * server down for a simulated day, then everything queued delivered once and in order per dispute;
 * and a note that could not be read, read again when operations replay its dead letter.
 */
class RecoveryEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();
  private static final SandboxSystem LCS = SandboxSystem.LCS_API;

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired DeadLetterOperations deadLetters;

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    ownContext(registry, "recovery-test", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  @AfterEach
  void serversBackUp() {
    sandbox.clearFaults();
    if (!mail.greenMail().isRunning()) {
      mail.greenMail().start();
    }
  }

  @Test
  void aDayWithoutTheCaseSystemAndTheMailServerLosesNothingDoublesNothingAndKeepsTheOrder() {
    Instant start = Instant.parse("2026-11-09T16:00:00Z");
    Instant recovery = Instant.parse("2026-11-10T17:30:00Z");
    clock.set(start);
    sandbox.record(NoteRequest.in(LCS, "2001").action("raise").answer("track", "LAC").build());
    sandbox.record(NoteRequest.in(LCS, "2002").action("raise").answer("track", "CP").build());
    int repeatsBefore = sandbox.repeatedWriteBacks(LCS);

    sandbox.faults(LCS).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS).untilCleared());
    mail.greenMail().stop();
    poll(LCS);
    List<String> refs =
        List.of(
            openDisputeOf(LCS, "2001").reference().value(),
            openDisputeOf(LCS, "2002").reference().value());
    int queuedAtTheStart = items(refs).size();

    int drains = 0;
    while (clock.instant().isBefore(recovery)) {
      clock.advance(Duration.ofMinutes(15));
      if (clock.instant().equals(Instant.parse("2026-11-10T10:00:00Z"))) {
        sandbox.record(
            NoteRequest.in(LCS, "2001").by(Post.SOCIAL_WORKER).action("respond").build());
      }
      if (clock.instant().equals(Instant.parse("2026-11-10T11:00:00Z"))) {
        sandbox.record(NoteRequest.in(LCS, "2002").action("escalate").build());
      }
      poll(LCS);
      tick();
      deliver();
      drains++;
    }

    List<Item> queued = items(refs);
    assertThat(queued.size())
        .as("notes and the clock queued more during the outage")
        .isGreaterThan(queuedAtTheStart);
    assertThat(queued).extracting(Item::status).containsOnly("PENDING");
    for (String ref : refs) {
      for (String channel : List.of("CASE_SYSTEM", "MAIL")) {
        List<Item> inLine = inLine(queued, ref, channel);
        assertThat(inLine.get(0).attempts())
            .as("%s %s: the first tried again and again, waiting longer each time", ref, channel)
            .isGreaterThan(5)
            .isLessThan(drains / 2);
        assertThat(inLine.subList(1, inLine.size()))
            .as("%s %s: the ones after it wait for it, untried", ref, channel)
            .allMatch(i -> i.attempts() == 0);
      }
    }
    assertThat(writtenBackAbout(LCS, "2001")).isEmpty();
    assertThat(writtenBackAbout(LCS, "2002")).isEmpty();

    sandbox.clearFaults();
    mail.greenMail().start();
    for (int hour = 0; hour < 3 && items(refs).stream().anyMatch(i -> !i.delivered()); hour++) {
      clock.advance(Duration.ofHours(1));
      deliver();
    }

    List<Item> after = items(refs);
    assertThat(after).hasSize(queued.size()).allMatch(Item::delivered);
    assertThat(sandbox.repeatedWriteBacks(LCS))
        .as("the case system was sent no note twice")
        .isEqualTo(repeatsBefore);
    Map<String, List<String>> mailboxes = mailboxes();
    for (String ref : refs) {
      List<String> notesInOrder = keys(after, ref, "CASE_SYSTEM");
      List<String> mailsInOrder = keys(after, ref, "MAIL");
      assertThat(notesInOrder).isNotEmpty();
      assertThat(mailsInOrder).isNotEmpty();
      assertThat(
              sandbox.writtenBack(LCS).stream()
                  .map(WrittenBackNote::key)
                  .filter(k -> k.startsWith(ref + "/"))
                  .toList())
          .as("%s: the case system took its notes in the order they were queued", ref)
          .isEqualTo(notesInOrder);
      Set<String> mailed = new HashSet<>();
      mailboxes.forEach(
          (address, keys) -> {
            List<String> about = keys.stream().filter(k -> k.startsWith(ref + "/")).toList();
            assertThat(about)
                .as("%s: %s got each mail once, in the order queued", ref, address)
                .doesNotHaveDuplicates()
                .isSubsetOf(mailsInOrder)
                .isEqualTo(mailsInOrder.stream().filter(about::contains).toList());
            mailed.addAll(about);
          });
      assertThat(mailed)
          .as("%s: every mail arrived", ref)
          .containsExactlyInAnyOrderElementsOf(mailsInOrder);
    }
  }

  @Test
  void aNoteReadAgainWhenOperationsReplayItsDeadLetterOnceItsRowIsPutRight() throws Exception {
    SandboxSystem reporting = SandboxSystem.LCS_REPORTING;
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(reporting, "1002").action("raise").answer("track", "CP").build());
    var vendor = sandbox.reportingDatabase().jdbc();
    vendor
        .getJdbcTemplate()
        .execute("ALTER TABLE FACT_CASENOTES ALTER COLUMN DIM_PERSON_ID SET NULL");
    vendor
        .getJdbcTemplate()
        .update(
            "UPDATE FACT_CASENOTES SET DIM_PERSON_ID = NULL WHERE FACT_CASENOTE_ID = ?",
            Long.parseLong(note.noteId()));

    clock.advance(Duration.ofMinutes(10));
    sandbox.record(NoteRequest.in(reporting, "1004").action("raise").answer("track", "CP").build());
    poll(reporting);
    assertThat(openDisputeOf(reporting, "1004"))
        .as("a later note read, the watermark is past the unreadable one")
        .isNotNull();
    DeadLetter letter =
        deadLetters
            .list(new DeadLetterFilter(reporting.id(), null, "MISSING_SUBJECT", null, null))
            .stream()
            .filter(d -> d.noteId().equals(note.noteId()))
            .findFirst()
            .orElseThrow();
    assertThat(letter.noteModifiedAt()).isEqualTo(note.modifiedAt());
    assertThat(disputes.open()).noneMatch(d -> d.subject().personId().equals("1002"));

    vendor
        .getJdbcTemplate()
        .update(
            "UPDATE FACT_CASENOTES SET DIM_PERSON_ID = 1002 WHERE FACT_CASENOTE_ID = ?",
            Long.parseLong(note.noteId()));
    clock.advance(Duration.ofMinutes(5));
    poll(reporting);
    assertThat(disputes.open())
        .as("put right without a new modification time, it is not read again by itself")
        .noneMatch(d -> d.subject().personId().equals("1002"));

    HttpResponse<String> replayed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + OWN_HTTP_PORT
                                + "/api/v1/dead-letters/"
                                + letter.id()
                                + "/replay"))
                    .header("Authorization", SANDBOX_OPERATOR)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
    poll(reporting);

    assertThat(openDisputeOf(reporting, "1002").currentStageId()).isEqualTo("stage-1");
    assertThat(deadLetters.letter(letter.id()).status()).isEqualTo(DeadLetter.Status.REPLAYED);
    assertThat(deadLetters.actions(letter.id()))
        .singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("operator"));
  }

  /** An outbox row as the test reads it. */
  record Item(long id, String key, String channel, String status, int attempts) {
    boolean delivered() {
      return "DELIVERED".equals(status);
    }
  }

  private List<Item> items(List<String> refs) {
    return jdbc.query(
        "SELECT id, idempotency_key, channel, status, attempts FROM outbox"
            + " WHERE reference IN (:refs) ORDER BY id",
        Map.of("refs", refs),
        (rs, i) ->
            new Item(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getString("channel"),
                rs.getString("status"),
                rs.getInt("attempts")));
  }

  private static List<Item> inLine(List<Item> items, String ref, String channel) {
    return items.stream()
        .filter(i -> i.channel().equals(channel) && i.key().startsWith(ref + "/"))
        .toList();
  }

  private static List<String> keys(List<Item> items, String ref, String channel) {
    return inLine(items, ref, channel).stream().map(Item::key).toList();
  }

  /** Each recipient's mailbox: the keys of the mails in it, in the order they arrived. */
  private Map<String, List<String>> mailboxes() {
    Map<String, List<String>> boxes = new LinkedHashMap<>();
    var greenMail = mail.greenMail();
    for (GreenMailUser user : greenMail.getUserManager().listUser()) {
      List<String> keys = new ArrayList<>();
      try {
        for (StoredMessage stored :
            greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
          String key = stored.getMimeMessage().getHeader(SandboxMailServer.KEY_HEADER, null);
          if (key != null) {
            keys.add(key);
          }
        }
      } catch (FolderException | MessagingException e) {
        throw new IllegalStateException("could not read " + user.getEmail() + "'s mailbox", e);
      }
      boxes.put(user.getEmail(), keys);
    }
    return boxes;
  }
}
