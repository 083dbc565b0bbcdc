package uk.irodispute.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.OAuth2Tokens;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxItem;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/**
 * The last check before anything leaves: whatever the outbox holds, mail headers are one line and
 * name only plain addresses, and a file is written only inside its drop folder.
 */
class OutboxSendingTest {

  @TempDir Path folder;

  /** The answers mailbox the sending under test names; null while answers by e-mail are off. */
  private String answersAddress;

  @Test
  void mailHeadersAreOneLineAndAddressesThatAreNotPlainAreLeftOut() {
    var mail =
        new Delivery.Mail(
            "note/lcs-api:N-9\r\nBcc: someone@elsewhere.example@2/rejected/mail",
            null,
            "lcs-api",
            List.of(
                "jo.bellamy@council.example",
                "sam@council.example\r\nBcc: someone@elsewhere.example",
                "a@council.example, someone@elsewhere.example"),
            List.of("Lee <lee.hart@council.example>", " lee.hart@council.example "),
            "Note not applied\r\nBcc: someone@elsewhere.example",
            "plain",
            "<p>html</p>",
            null);

    Exchange exchange = prepare(mail);

    var in = exchange.getIn();
    assertThat(in.getHeader("To", String.class)).isEqualTo("jo.bellamy@council.example");
    assertThat(in.getHeader("Cc", String.class)).isEqualTo("lee.hart@council.example");
    assertThat(in.getHeader("Subject", String.class))
        .isEqualTo("Note not applied  Bcc: someone@elsewhere.example");
    assertThat(in.getHeader("X-IRO-Dispute-Key", String.class))
        .doesNotContain("\r", "\n")
        .startsWith("note/lcs-api:N-9");
  }

  @Test
  void anAlertAboutADisputeNamesTheAnswersMailboxAsItsReplyToButARefusalDoesNot() {
    answersAddress = "answers@council.example";
    var alert =
        new Delivery.Mail(
            "DRP-2026-000042/3/1/mail",
            "DRP-2026-000042",
            "lcs-api",
            List.of("robin.ashdown@council.example"),
            List.of(),
            "Action needed: DRP-2026-000042, Stage 5",
            "plain",
            null,
            null);
    var refusal =
        new Delivery.Mail(
            "answer/58dcbcd97cf9eaa4/refused",
            "DRP-2026-000042",
            "lcs-api",
            List.of("isaac.mercer@council.example"),
            List.of(),
            "Answer not taken: DRP-2026-000042",
            "plain",
            null,
            null);

    var alerted = prepare(alert).getIn();
    var refused = prepare(refusal).getIn();

    assertThat(alerted.getHeader("Reply-To", String.class)).isEqualTo("answers@council.example");
    assertThat(alerted.getHeader("X-IRO-Dispute", String.class)).isEqualTo("DRP-2026-000042");
    assertThat(refused.getHeader("Reply-To")).isNull();
    answersAddress = null;
    assertThat(prepare(alert).getIn().getHeader("Reply-To")).isNull();
  }

  @Test
  void aMeetingInvitationTravelsAsATextCalendarAttachment() throws Exception {
    String calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
    var mail =
        new Delivery.Mail(
            "DRP-2026-000042/5/1/mail",
            "DRP-2026-000042",
            "lcs-api",
            List.of("jo.bellamy@council.example"),
            List.of(),
            "Action needed",
            "plain",
            "<p>html</p>",
            calendar);

    var in = prepare(mail).getIn(org.apache.camel.attachment.AttachmentMessage.class);

    assertThat(in.hasAttachments()).isTrue();
    var invitation = in.getAttachment("invitation.ics");
    assertThat(invitation.getContentType()).startsWith("text/calendar; method=REQUEST");
    try (var stream = invitation.getInputStream()) {
      assertThat(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(calendar);
    }
  }

  @Test
  void aMailWithNoPlainAddressLeftIsNotSent() {
    var mail =
        new Delivery.Mail(
            "k/mail",
            null,
            "lcs-api",
            List.of("x@council.example\nBcc: y@elsewhere.example"),
            List.of(),
            "s",
            "plain",
            null,
            null);

    assertThatThrownBy(() -> prepare(mail))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mail k/mail has no plain address to send to");
  }

  @Test
  void aFileIsWrittenOnlyUnderOnePlainNameInsideItsFolder() {
    assertThat(prepare(file("DRP-2026-000042-7-1-note.xml")).getIn())
        .satisfies(
            in ->
                assertThat(in.getHeader(Exchange.FILE_NAME))
                    .isEqualTo("DRP-2026-000042-7-1-note.xml"));

    for (String name : List.of("../escaped.xml", "..", ".", "a/b.xml", "a\\b.xml", "x\ny", " ")) {
      assertThatThrownBy(() -> prepare(file(name)))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not one plain name inside the drop folder")
          .hasMessageNotContaining("escaped");
    }
  }

  @Test
  void httpHeadersFromTheOutboxAreOneLine() {
    var request =
        new Delivery.HttpRequest(
            "DRP-2026-000042/7/1/note",
            "DRP-2026-000042",
            "lcs-api",
            "POST",
            "/casenotes",
            "application/json",
            Map.of("X-Case", "C-1\r\nX-Injected: yes"),
            "{}");
    var system =
        new SystemDefinition(
            "lcs-api",
            "lcs-api",
            Path.of("lcs-api.yaml"),
            true,
            null,
            null,
            null,
            null,
            new WriteBack.Http(
                "https://lcs.council.example/api",
                "POST",
                "/casenotes",
                "application/json",
                "{}",
                Map.of()),
            null,
            "day-range-lac-cp");

    Exchange exchange = prepare(request, system);

    assertThat(exchange.getIn().getHeader("X-Case", String.class))
        .isEqualTo("C-1  X-Injected: yes");
  }

  private Delivery.FileDrop file(String name) {
    return new Delivery.FileDrop(
        "DRP-2026-000042/7/1/note", "DRP-2026-000042", "lcs-files", name, "<n/>");
  }

  private Exchange prepare(Delivery delivery) {
    var drop = new WriteBack.FileDrop(folder, "{{noteKey}}.xml", "<n/>");
    return prepare(
        delivery,
        new SystemDefinition(
            "lcs-files",
            "lcs-files",
            Path.of("lcs-files.yaml"),
            true,
            null,
            null,
            null,
            null,
            drop,
            null,
            "day-range-lac-cp"));
  }

  private Exchange prepare(Delivery delivery, SystemDefinition system) {
    var noAuth =
        new AuthHeaders(new OAuth2Tokens(null, null, Clock.systemUTC(), new Redaction())) {
          @Override
          public Optional<String> authorization(String systemId, Auth auth) {
            return Optional.empty();
          }
        };
    var sending =
        new OutboxSending(
            new HeldClaims(),
            new SystemRegistry(List.of(system)),
            null,
            noAuth,
            Clock.systemUTC(),
            new FailureText(new Redaction()),
            10,
            DeliveryEvents.NONE,
            answersAddress);
    Exchange exchange = new DefaultExchange(new DefaultCamelContext());
    exchange
        .getIn()
        .setBody(
            new OutboxItem(
                1,
                delivery.idempotencyKey(),
                delivery.reference(),
                system.id(),
                delivery,
                1,
                null));
    sending.prepare(exchange);
    return exchange;
  }

  @Test
  void anItemOfARoundIsMarkedDeliveredAsItGoesNotWhenTheRoundIsOver() {
    List<Collection<Long>> marked = new ArrayList<>();
    OutboxSending sending = sending(marking(marked::add));
    Exchange drain = new DefaultExchange(new DefaultCamelContext());
    sending.claim(drain);

    sending.delivered(item(drain, 7));
    assertThat(marked).as("marked while the round's other sends are still out").hasSize(1);
    sending.delivered(item(drain, 9));
    sending.roundDone(drain);

    assertThat(marked).containsExactly(List.of(7L), List.of(9L));
  }

  @Test
  void aMarkTheDatabaseFailsIsTriedAgainAndDoesNotFailTheSend() {
    List<Collection<Long>> tried = new ArrayList<>();
    Outbox outbox =
        new HeldClaims() {
          @Override
          public List<OutboxItem> claimDue(int limit) {
            return List.of();
          }

          @Override
          public int deliveredAll(Collection<Long> ids) {
            tried.add(List.copyOf(ids));
            if (tried.size() < 3) {
              throw new DataAccessResourceFailureException("the connection was terminated");
            }
            return ids.size();
          }
        };
    OutboxSending sending = sending(outbox);
    Exchange drain = new DefaultExchange(new DefaultCamelContext());
    sending.claim(drain);

    assertThatCode(() -> sending.delivered(item(drain, 7)))
        .as("the delivery route's error handler, which counts a failed attempt, is not called")
        .doesNotThrowAnyException();
    sending.roundDone(drain);

    assertThat(tried)
        .as("tried again after each failure")
        .containsExactly(List.of(7L), List.of(7L), List.of(7L));
  }

  @Test
  void itemsThatGoWhileAnotherSenderIsMarkingAreMarkedByThatSenderInOneStatement()
      throws Exception {
    List<Collection<Long>> marked = new CopyOnWriteArrayList<>();
    CountDownLatch firstMarking = new CountDownLatch(1);
    CountDownLatch letFirstFinish = new CountDownLatch(1);
    OutboxSending sending =
        sending(
            marking(
                ids -> {
                  marked.add(ids);
                  if (marked.size() == 1) {
                    firstMarking.countDown();
                    await(letFirstFinish);
                  }
                }));
    Exchange drain = new DefaultExchange(new DefaultCamelContext());
    sending.claim(drain);
    ExecutorService senders = Executors.newFixedThreadPool(3);
    try {
      Future<?> first = senders.submit(() -> sending.delivered(item(drain, 7)));
      await(firstMarking);
      Future<?> second = senders.submit(() -> sending.delivered(item(drain, 8)));
      Future<?> third = senders.submit(() -> sending.delivered(item(drain, 9)));
      second.get(10, TimeUnit.SECONDS);
      third.get(10, TimeUnit.SECONDS);
      assertThat(first).as("still marking the first item").isNotDone();

      letFirstFinish.countDown();
      first.get(10, TimeUnit.SECONDS);
      sending.roundDone(drain);
    } finally {
      senders.shutdownNow();
    }

    assertThat(marked).containsExactly(List.of(7L), List.of(8L, 9L));
  }

  private static Exchange item(Exchange drain, long id) {
    Exchange item = drain.copy();
    item.setProperty(OutboxSending.ITEM_ID, id);
    return item;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("waited 10 s for another sender");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** An outbox that records each statement marking items delivered, and marks none by itself. */
  private static Outbox marking(Consumer<Collection<Long>> statement) {
    return new HeldClaims() {
      @Override
      public List<OutboxItem> claimDue(int limit) {
        return List.of();
      }

      @Override
      public boolean delivered(long id) {
        throw new AssertionError("an item of a round is marked with its round's marks");
      }

      @Override
      public int deliveredAll(Collection<Long> ids) {
        statement.accept(List.copyOf(ids));
        return ids.size();
      }
    };
  }

  private static OutboxSending sending(Outbox outbox) {
    return new OutboxSending(
        outbox,
        new SystemRegistry(List.of()),
        null,
        null,
        Clock.systemUTC(),
        new FailureText(new Redaction()),
        10,
        DeliveryEvents.NONE);
  }
}
