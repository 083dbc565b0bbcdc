package uk.irodispute.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;

/**
 * The adapter on its embedded H2 database, killed (SIGKILL) in the middle of a poll and again in
 * the middle of a delivery, then started again: the notes written back and the mails sent are those
 * of a run that nothing interrupted, each once. The uninterrupted run is this JVM's own adapter
 * taking the same notes in one go; the adapter under test runs in JVMs of its own on its schedules.
 */
class AdapterRestartTest extends SandboxHost {

  static final int HTTP_PORT = freePort();
  static final int SMTP_PORT = freePort();

  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final ObjectMapper JSON = new ObjectMapper();

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> SMTP_PORT);
    registry.add("iro.mail.port", () -> SMTP_PORT);
    // The adapters under test read no answers mailbox, so their alerts invite no reply by e-mail;
    // the uninterrupted run they are compared with must not either.
    registry.add("iro.answers.enabled", () -> false);
  }

  @Test
  void anAdapterKilledMidPollAndMidDeliveryEndsWithWhatAnUninterruptedRunDelivers() {
    List<RecordedNote> notes = recordDisputes();
    camel.sendBody("direct:poll-lcs-api", null);
    Map<String, Delivery> uninterrupted = hostOutbox();
    assertThat(uninterrupted).hasSizeGreaterThan(notes.size());

    Path work = workFolder("restart");
    Path mappings = NodeMappings.copy(work.resolve("mappings"), 2, List.of(LCS.id()));
    String url =
        "jdbc:h2:file:"
            + work.resolve("db/iro")
            + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;AUTO_SERVER=TRUE";
    AdapterDatabase database = new AdapterDatabase(url + ";IFEXISTS=TRUE", "sa");
    startAdapterClocksAt(clock.instant());

    // Killed in a poll: the first page (two notes) taken and its effects delivered, the second
    // page asked for and not yet answered.
    sandbox.faults(LCS).arm(Fault.slow(1, Duration.ofMillis(1)));
    sandbox.faults(LCS).arm(Fault.held(1));
    AdapterProcess first = startAdapter("first", work, url, "sa", mappings);
    Awaiting.until(
        first,
        "the second page is asked for, the first page's effects delivered",
        () -> sandbox.faults(LCS).armed().isEmpty() && database.everythingDelivered());
    first.kill();
    sandbox.faults(LCS).clear();
    assertThat(database.takenNotes()).as("the first page only").hasSize(2);

    // Started again (its poll taken over from the dead run), and killed in a delivery: one
    // write-back answered, the next taken by the case system but not yet answered.
    sandbox.faults(LCS).arm(Fault.slow(1, Duration.ofMillis(1)).on(FaultTarget.WRITE_BACKS));
    sandbox.faults(LCS).arm(Fault.held(1).on(FaultTarget.WRITE_BACKS));
    AdapterProcess second = startAdapter("second", work, url, "sa", mappings);
    // A mail the mail server took but the node had not yet marked is sent again after a kill: SMTP
    // knows no idempotency key. So the node is killed once every mail has gone and a write-back is
    // held, and no send of a mail is in flight.
    Awaiting.until(
        second,
        "a write-back is waiting for its answer, every note taken and every mail sent",
        () ->
            sandbox.faults(LCS).armed().isEmpty()
                && database.takenNotes().size() == notes.size()
                && database.everyMailDelivered());
    second.kill();
    assertThat(deliveredKeys())
        .as("not everything went before the kill")
        .isNotEqualTo(uninterrupted.keySet());
    // The case system takes the held write-back only now, after its sender died.
    sandbox.faults(LCS).clear();

    // Started again: it finishes, sending the unanswered write-back again under its key.
    AdapterProcess third = startAdapter("third", work, url, "sa", mappings);
    Awaiting.until(
        third,
        "every effect of the uninterrupted run is delivered",
        () ->
            deliveredKeys().containsAll(uninterrupted.keySet()) && database.everythingDelivered());
    third.kill();

    assertThat(database.takenNotes())
        .extracting(AdapterDatabase.TakenNote::noteId)
        .as("every note taken, once")
        .containsExactlyInAnyOrderElementsOf(notes.stream().map(RecordedNote::noteId).toList());
    assertThat(database.events())
        .filteredOn(e -> e.commandId() != null)
        .extracting(e -> e.commandId() + " " + e.type() + " " + e.stageId())
        .as("each note decided on once")
        .doesNotHaveDuplicates();
    assertThat(deliveredKeys()).isEqualTo(uninterrupted.keySet());
    assertWrittenBackAsUninterrupted(uninterrupted);
    assertMailedOnceAsUninterrupted(uninterrupted);
  }

  /** Four disputes raised on Monday morning, two of them answered an hour later. */
  private List<RecordedNote> recordDisputes() {
    List<RecordedNote> notes = new ArrayList<>();
    clock.set(MONDAY);
    for (String child : List.of("2001", "2002", "2003", "2004")) {
      String track = sandbox.roster(LCS).child(child).track();
      notes.add(
          sandbox.record(
              NoteRequest.in(LCS, child).action("raise").answer("track", track).build()));
      clock.advance(Duration.ofMinutes(5));
    }
    clock.set(MONDAY.plus(Duration.ofHours(1)));
    for (String child : List.of("2001", "2003")) {
      notes.add(
          sandbox.record(
              NoteRequest.in(LCS, child).by(Post.SOCIAL_WORKER).action("respond").build()));
      clock.advance(Duration.ofMinutes(5));
    }
    return notes;
  }

  private Set<String> deliveredKeys() {
    Set<String> keys = new HashSet<>(writtenBackByKey().keySet());
    keys.addAll(mailsByKey().keySet());
    return keys;
  }

  private void assertWrittenBackAsUninterrupted(Map<String, Delivery> uninterrupted) {
    Map<String, List<WrittenBackNote>> written = writtenBackByKey();
    uninterrupted.forEach(
        (key, delivery) -> {
          if (delivery instanceof Delivery.HttpRequest request) {
            assertThat(written.get(key)).as("written back under " + key).hasSize(1);
            assertThat(written.get(key).get(0).fields())
                .as("the note written back under " + key)
                .containsAllEntriesOf(fields(request.body()));
          }
        });
  }

  private void assertMailedOnceAsUninterrupted(Map<String, Delivery> uninterrupted) {
    Map<String, List<MimeMessage>> mailed = mailsByKey();
    Map<String, ReceivedMail> received = new LinkedHashMap<>();
    mail.receivedMails().forEach(m -> received.put(m.messageId(), m));
    uninterrupted.forEach(
        (key, delivery) -> {
          if (delivery instanceof Delivery.Mail expected) {
            assertThat(mailed.get(key)).as("mails sent under " + key).hasSize(1);
            ReceivedMail sent = received.get(messageId(mailed.get(key).get(0)));
            assertThat(sent.subject()).isEqualTo(expected.subject());
            assertThat(sent.to()).containsExactlyInAnyOrderElementsOf(expected.to());
            assertThat(sent.cc()).containsExactlyInAnyOrderElementsOf(expected.cc());
            assertThat(lines(sent.plainText())).isEqualTo(lines(expected.plainText()));
          }
        });
  }

  /** Text as lines: SMTP carries CRLF line ends. */
  private static List<String> lines(String text) {
    return text.strip().lines().toList();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON body's fields as the sandbox lists them: dotted paths to text values. */
  private static Map<String, String> fields(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    try {
      flatten("", JSON.readTree(body), fields);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return fields;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  flatten(
                      prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                      f.getValue(),
                      into));
    } else if (!node.isNull()) {
      into.put(prefix, node.isValueNode() ? node.asText() : node.toString());
    }
  }
}
