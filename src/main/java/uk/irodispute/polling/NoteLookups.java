package uk.irodispute.polling;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.delivery.Escaping;
import uk.irodispute.delivery.Template;
import uk.irodispute.systems.Lookup;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.mapping.LookupAnswers;
import uk.irodispute.systems.mapping.LookupAnswers.LookedUp;
import uk.irodispute.systems.mapping.NotePage;
import uk.irodispute.systems.mapping.UnreadableNote;

/**
 * The lookup step of an HTTP poll: for each dispute note of a page, the source's lookups, each a
 * request to the source's base URL with its sign-in, read into the note. Notes of other types are
 * not looked up, nor a note naming no child (the screen keeps it out). A lookup answered 404, or
 * another client error about the note's request (400, 422), makes its note unreadable (a dead
 * letter naming the lookup); any other failure stops the run before the page is taken, so the
 * watermark stays and the next run reads the page again.
 */
public class NoteLookups {

  /**
   * Client errors that are not about the note: sign-in refused, a timeout, too many requests. The
   * run stops and the next one asks again.
   */
  private static final Set<Integer> RETRIED = Set.of(401, 403, 408, 429);

  private final ProducerTemplate camel;
  private final AuthHeaders auth;
  private final PollEvents events;
  private final long mostBytes;

  /**
   * @param mostBytes the largest answer taken, as for a page
   */
  public NoteLookups(ProducerTemplate camel, AuthHeaders auth, PollEvents events, long mostBytes) {
    this.camel = camel;
    this.auth = auth;
    this.events = events;
    this.mostBytes = mostBytes;
  }

  /** The page with its dispute notes looked up; a note whose lookup found nothing, unreadable. */
  public NotePage complete(SystemDefinition system, NotePage page, LookupCache cache) {
    if (!(system.source() instanceof Source.Http http) || http.lookups().isEmpty()) {
      return page;
    }
    List<CaseNote> notes = new ArrayList<>();
    List<UnreadableNote> unreadable = new ArrayList<>(page.unreadable());
    for (CaseNote note : page.notes()) {
      if (!LookupRules.looksUp(system, note)) {
        notes.add(note);
        continue;
      }
      try {
        List<LookedUp> answers = new ArrayList<>();
        for (Lookup lookup : http.lookups()) {
          answers.add(lookUp(system, http, lookup, note, cache));
        }
        notes.add(LookupAnswers.complete(note, answers));
      } catch (Refused refused) {
        unreadable.add(new UnreadableNote(note.noteId(), refused.getMessage(), note.modifiedAt()));
      }
    }
    return new NotePage(notes, unreadable, page.nextCursor(), page.morePages());
  }

  /** One lookup's answer, from the run's answers or the system. */
  private LookedUp lookUp(
      SystemDefinition system, Source.Http http, Lookup lookup, CaseNote note, LookupCache cache) {
    Map<String, String> values = new HashMap<>();
    values.put("personId", note.personId() == null ? "" : note.personId());
    values.put("caseId", note.caseId() == null ? "" : note.caseId());
    values.put("noteId", note.noteId());
    String url = http.baseUrl() + Template.parse(lookup.path()).render(values, Escaping.URL);
    StringJoiner query = new StringJoiner("&");
    lookup.query().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String value = Template.parse(e.getValue()).render(values, Escaping.PLAIN);
              if (!value.isEmpty()) {
                query.add(encode(e.getKey()) + "=" + encode(value));
              }
            });
    String request = url + "?" + query;
    return LookupRules.answer(
        events,
        system.id(),
        lookup.name(),
        cache,
        request,
        () -> fetch(system, http, lookup, url, query.toString()));
  }

  /**
   * One lookup's answer, asked of the system.
   *
   * @throws Refused when the system answers that this note's request cannot be answered
   */
  private LookedUp fetch(
      SystemDefinition system, Source.Http http, Lookup lookup, String url, String query) {
    Exchange answer =
        camel.send(
            endpoint(system, http.timeout()),
            exchange -> {
              Message in = exchange.getIn();
              in.setHeader(Exchange.HTTP_METHOD, "GET");
              in.setHeader(Exchange.HTTP_URI, url);
              in.setHeader(Exchange.HTTP_QUERY, query);
              in.setHeader(
                  "Accept",
                  http.format() == Source.Format.XML ? "application/xml" : "application/json");
              auth.authorization(system.id(), system.auth())
                  .ifPresent(value -> in.setHeader("Authorization", value));
            });
    if (answer.getException() != null) {
      throw LookupRules.failed(
          events, system.id(), lookup.name(), "could not be made", answer.getException());
    }
    Message out = answer.getMessage();
    int status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    if (status < 200 || status > 299) {
      HttpPageBody.discard(out.getBody());
    }
    if (status == 404) {
      events.lookedUp(system.id(), lookup.name(), LookupOutcome.NOT_FOUND);
      throw new Refused(
          "lookup '" + lookup.name() + "' answered 404: the case system has no such record");
    }
    if (status >= 400 && status < 500 && !RETRIED.contains(status)) {
      events.lookedUp(system.id(), lookup.name(), LookupOutcome.NOT_FOUND);
      throw new Refused(
          "lookup '"
              + lookup.name()
              + "' answered HTTP "
              + status
              + ": the case system refuses this note's request");
    }
    if (status < 200 || status > 299) {
      if (status == 401 || status == 403) {
        auth.refused(system.id());
      }
      throw LookupRules.failed(
          events, system.id(), lookup.name(), "was answered HTTP " + status, null);
    }
    return LookupAnswers.read(
        lookup,
        http.format(),
        HttpPageBody.read(out, http.format(), mostBytes),
        system.fields().roles());
  }

  /** A lookup the case system refuses for this note alone: the note becomes a dead letter. */
  private static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  private static String endpoint(SystemDefinition system, Duration timeout) {
    long millis = timeout.toMillis();
    return "http://lookup-"
        + system.id()
        + "?throwExceptionOnFailure=false&connectTimeout="
        + millis
        + "&responseTimeout="
        + millis
        + "&connectionRequestTimeout="
        + millis;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
