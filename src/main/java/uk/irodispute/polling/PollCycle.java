package uk.irodispute.polling;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.RetryAfter;
import uk.irodispute.connections.SourceUnavailableException;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.delivery.Escaping;
import uk.irodispute.delivery.Template;
import uk.irodispute.logging.LogContext;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.FailureWords;
import uk.irodispute.store.StorageFullException;
import uk.irodispute.store.Watermark;
import uk.irodispute.store.Watermarks;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.Source.PagingKind;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.mapping.MalformedPageException;
import uk.irodispute.systems.mapping.NotePage;

/**
 * One run of a system's poll route: where to start, each page's request, reading the page, and
 * moving the watermark once the page's notes are committed. State between the steps travels in
 * exchange properties, so runs of different systems never share it.
 */
public class PollCycle {

  private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

  /** Exchange property: the system polled. */
  public static final String SYSTEM = "pollSystem";

  /** Exchange property: whether another page is to be read in this run. */
  public static final String MORE = "pollMore";

  private static final String QUERY_FROM = "pollQueryFrom";
  private static final String POSITION = "pollPosition";
  private static final String PAGES = "pollPages";
  private static final String WATERMARK = "pollWatermark";
  private static final String STARTED = "pollStartedNanos";
  private static final String LOOKUPS = "pollLookups";

  /** Exchange property: how many notes are still to be read one a page, after a page too large. */
  private static final String ONE_BY_ONE = "pollOneByOne";

  /** Exchange property: the page number to go back to once they are read (page paging). */
  private static final String RESUME_PAGE = "pollResumePage";

  /** Exchange property: the page just answered is to be asked for again, in pages of one note. */
  private static final String ASK_AGAIN = "pollAskAgain";

  /** The longest reason a failed run is described with. */
  private static final int MOST_REASON_CHARACTERS = 500;

  /** A run reads at most this many pages, so an API that never stops paging cannot hold it. */
  private static final int MOST_PAGES_A_RUN = 200;

  /**
   * HTTP sources are asked for notes modified since a little before the watermark: a filter that is
   * "after" rather than "at or after" then still returns notes that share the watermark's second,
   * and the repeats are recognised by note id and version.
   */
  private static final Duration HTTP_OVERLAP = Duration.ofSeconds(1);

  private final SystemRegistry systems;
  private final Watermarks watermarks;
  private final NotePages pages;
  private final AuthHeaders auth;
  private final SourceHealth health;
  private final NoteScreening screening;
  private final Clock clock;
  private final FailureText failures;
  private final PollEvents events;
  private final Map<String, Instant> busyUntil = new ConcurrentHashMap<>();

  public PollCycle(
      SystemRegistry systems,
      Watermarks watermarks,
      NotePages pages,
      AuthHeaders auth,
      SourceHealth health,
      NoteScreening screening,
      Clock clock,
      FailureText failures,
      PollEvents events) {
    this.events = events;
    this.screening = screening;
    this.failures = failures;
    this.systems = systems;
    this.watermarks = watermarks;
    this.pages = pages;
    this.auth = auth;
    this.health = health;
    this.clock = clock;
  }

  /** Starts a run from the stored watermark, unless the system asked us to wait. */
  public void begin(Exchange exchange) {
    SystemDefinition system = system(exchange);
    Instant waitUntil = busyUntil.get(system.id());
    if (waitUntil != null && clock.instant().isBefore(waitUntil)) {
      exchange.setProperty(MORE, false);
      return;
    }
    exchange.setProperty(STARTED, System.nanoTime());
    Watermark stored = watermarks.get(system.id());
    Watermark from =
        stored.isNone() ? new Watermark(system.source().initialWatermark(), null, null) : stored;
    exchange.setProperty(WATERMARK, from);
    exchange.setProperty(QUERY_FROM, from.at());
    exchange.setProperty(PAGES, 0);
    exchange.setProperty(LOOKUPS, new LookupCache());
    exchange.setProperty(POSITION, null);
    exchange.setProperty(ONE_BY_ONE, 0);
    exchange.setProperty(ASK_AGAIN, false);
    if (system.source() instanceof Source.Http http && http.paging().kind() == PagingKind.PAGE) {
      exchange.setProperty(POSITION, Integer.toString(http.paging().firstPage()));
    }
    exchange.setProperty(MORE, true);
  }

  /**
   * The next page's HTTP request: URL, query, Accept and Authorization. The poll values ({@code
   * {{watermark}}}, {@code {{pageSize}}} and the paging kind's own) fill the path, the query and
   * the headers; a query parameter or header whose value is not known yet (the first cursor) is
   * left out.
   */
  public void prepareHttp(Exchange exchange) {
    SystemDefinition system = system(exchange);
    Source.Http http = (Source.Http) system.source();
    Map<String, String> values = pollValues(exchange, http);
    StringJoiner query = new StringJoiner("&");
    http.query().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                fill(e.getValue(), values)
                    .filter(value -> !value.isEmpty())
                    .ifPresent(value -> query.add(encode(e.getKey()) + "=" + encode(value))));
    Message in = exchange.getIn();
    in.removeHeaders("*");
    in.setBody(null);
    http.headers()
        .forEach(
            (name, value) -> fill(value, values).ifPresent(v -> in.setHeader(name, oneLine(v))));
    in.setHeader(Exchange.HTTP_METHOD, "GET");
    in.setHeader(
        Exchange.HTTP_URI,
        http.baseUrl() + Template.parse(http.path()).render(known(values), Escaping.URL));
    in.setHeader(Exchange.HTTP_QUERY, query.toString());
    in.setHeader(
        "Accept", http.format() == Source.Format.JSON ? "application/json" : "application/xml");
    auth.authorization(system.id(), system.auth())
        .ifPresent(value -> in.setHeader("Authorization", value));
  }

  /**
   * The values a request may use. Page and cursor paging keep the run's starting watermark and move
   * by the position the last page gave; key paging moves the watermark and the last key.
   */
  private static Map<String, String> pollValues(Exchange exchange, Source.Http http) {
    Watermark at = exchange.getProperty(WATERMARK, Watermark.class);
    Instant from =
        http.paging().kind() == PagingKind.KEY
            ? at.at()
            : exchange.getProperty(QUERY_FROM, Instant.class);
    String position = exchange.getProperty(POSITION, String.class);
    Map<String, String> values = new HashMap<>();
    values.put("watermark", from.minus(HTTP_OVERLAP).toString());
    values.put("pageSize", Integer.toString(pageSize(exchange, http)));
    values.put("page", position);
    values.put("cursor", position);
    values.put("afterKey", at.lastKey());
    return values;
  }

  /** The size the next page is asked for: one note while a page too large is read again. */
  private static int pageSize(Exchange exchange, Source.Http http) {
    Integer oneByOne = exchange.getProperty(ONE_BY_ONE, Integer.class);
    return oneByOne != null && oneByOne > 0 ? 1 : http.pageSize();
  }

  /**
   * Reads the HTTP answer into a page of notes, or stops the run with the reason: a refusal, a
   * status that is not a success, or a body that is not a page of the file's format (the wrong
   * content type, empty, larger than {@code iro.screen.most-page-size}, not JSON or XML). A JSON
   * answer, and an XML one whose notes are at a plain path, is read note by note: a poison note
   * (too large, too deep) is cut out and kept as a dead letter by its position, and a page over the
   * page limit is asked for again in pages of one note.
   */
  public void readHttp(Exchange exchange) {
    SystemDefinition system = system(exchange);
    Source.Http http = (Source.Http) system.source();
    Message in = exchange.getIn();
    int status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    if (status < 200 || status > 299) {
      HttpPageBody.discard(in.getBody());
    }
    if (status == 401 || status == 403) {
      auth.refused(system.id());
      throw new SourceUnavailableException("the case system refused the credentials", null);
    }
    if (status == 429) {
      Duration wait = retryAfter(in.getHeader("Retry-After", String.class), clock);
      busyUntil.put(system.id(), clock.instant().plus(wait));
      throw new SourceBusyException(wait);
    }
    if (status < 200 || status > 299) {
      throw new SourceUnavailableException("the case system answered HTTP " + status, null);
    }
    String body;
    boolean json = http.format() == Source.Format.JSON;
    if (json || XmlNoteStream.follows(http.notesAt())) {
      HttpPageBody.StreamedPage streamed;
      try {
        streamed =
            json
                ? HttpPageBody.readJson(
                    in, http.notesAt(), system.fields().noteId(), screening.noteLimits())
                : HttpPageBody.readXml(
                    in, http.notesAt(), system.fields().noteId(), screening.noteLimits());
      } catch (PageTooLargeException e) {
        askAgainOneByOne(exchange, http, e);
        return;
      }
      if (streamed.isolated() > 0) {
        events.notesIsolated(system.id(), streamed.isolated());
      }
      body = streamed.text();
    } else {
      body = HttpPageBody.read(in, http.format(), screening.mostPageBytes());
    }
    int page =
        http.paging().kind() == PagingKind.PAGE
            ? Integer.parseInt(exchange.getProperty(POSITION, String.class))
            : 0;
    LookupCache lookups = exchange.getProperty(LOOKUPS, LookupCache.class);
    NotePage read = pages.read(system, body, page, pageSize(exchange, http), lookups);
    in.setBody(screening.screen(system, read, place(exchange, http)));
  }

  /**
   * A page over the page limit is asked for again, one note a page, from the same place: the same
   * cursor or key, or the first small page of the same notes (page paging). After the file's page
   * size of notes the run goes back to whole pages. A source whose file gives no {@code
   * {{pageSize}}} cannot be asked for smaller pages, and the run stops.
   */
  private static void askAgainOneByOne(
      Exchange exchange, Source.Http http, PageTooLargeException tooLarge) {
    if (pageSize(exchange, http) == 1 || !asksForPageSize(http)) {
      throw tooLarge;
    }
    exchange.setProperty(ONE_BY_ONE, http.pageSize());
    if (http.paging().kind() == PagingKind.PAGE) {
      int page = Integer.parseInt(exchange.getProperty(POSITION, String.class));
      int first = http.paging().firstPage();
      exchange.setProperty(RESUME_PAGE, Integer.toString(page + 1));
      exchange.setProperty(POSITION, Integer.toString(first + (page - first) * http.pageSize()));
    }
    exchange.setProperty(ASK_AGAIN, true);
    exchange
        .getIn()
        .setBody(
            new ScreenedPage(new NotePage(List.of(), List.of(), null, true), List.of(), List.of()));
  }

  /** Whether the source's requests carry {@code {{pageSize}}}, so a smaller page can be asked. */
  private static boolean asksForPageSize(Source.Http http) {
    String pageSize = "{{pageSize}}";
    return http.path().contains(pageSize)
        || http.query().values().stream().anyMatch(v -> v.contains(pageSize))
        || http.headers().values().stream().anyMatch(v -> v.contains(pageSize));
  }

  /** Where the page just read was asked from, for a note known only by its position. */
  private static PagePlace place(Exchange exchange, Source.Http http) {
    Watermark at = exchange.getProperty(WATERMARK, Watermark.class);
    String position = exchange.getProperty(POSITION, String.class);
    return switch (http.paging().kind()) {
      case PAGE -> new PagePlace(exchange.getProperty(QUERY_FROM, Instant.class), position, null);
      case CURSOR -> new PagePlace(exchange.getProperty(QUERY_FROM, Instant.class), null, position);
      case KEY -> new PagePlace(at.at(), null, at.lastKey());
    };
  }

  /** The next page's query parameters for a reporting database, and the query itself. */
  public void prepareSql(Exchange exchange) {
    SystemDefinition system = system(exchange);
    Source.Sql sql = (Source.Sql) system.source();
    Watermark at = exchange.getProperty(WATERMARK, Watermark.class);
    ZoneId zone = zone(system);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("watermark", java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(at.at(), zone)));
    parameters.put("afterKey", at.lastKey() == null ? "0" : at.lastKey());
    parameters.put("pageSize", sql.pageSize());
    Message in = exchange.getIn();
    in.removeHeaders("*");
    in.setHeader("CamelSqlQuery", sql.notesQuery());
    in.setBody(parameters);
  }

  /** Reads the query's rows, with each note's answers and the child's allocation, into a page. */
  @SuppressWarnings("unchecked")
  public void readSql(Exchange exchange) {
    SystemDefinition system = system(exchange);
    List<Map<String, Object>> rows = exchange.getIn().getBody(List.class);
    LookupCache lookups = exchange.getProperty(LOOKUPS, LookupCache.class);
    exchange.getIn().setBody(screening.screen(system, pages.readRows(system, rows, lookups)));
  }

  /** After the page's notes are committed: store the watermark and decide whether to go on. */
  public void pageCommitted(Exchange exchange) {
    SystemDefinition system = system(exchange);
    ScreenedPage screened = exchange.getIn().getBody(ScreenedPage.class);
    NotePage page = screened.read();
    if (Boolean.TRUE.equals(exchange.getProperty(ASK_AGAIN, Boolean.class))) {
      exchange.setProperty(ASK_AGAIN, false);
      return;
    }
    Watermark before = exchange.getProperty(WATERMARK, Watermark.class);
    Watermark after = advance(before, screened.watermarkNotes());
    if (!after.equals(before)) {
      watermarks.advance(system.id(), after);
      exchange.setProperty(WATERMARK, after);
    }
    int read = exchange.getProperty(PAGES, Integer.class) + 1;
    exchange.setProperty(PAGES, read);
    boolean more = page.morePages() && read < MOST_PAGES_A_RUN;
    if (system.source() instanceof Source.Http http && http.paging().kind() != PagingKind.KEY) {
      String next = page.nextCursor();
      more = more && next != null && !next.equals(exchange.getProperty(POSITION));
      exchange.setProperty(POSITION, next);
    } else {
      more = more && !after.equals(before);
    }
    more = oneReadOneByOne(exchange, system, more);
    exchange.setProperty(MORE, more);
    health.polled(system.id(), page.notes().size());
    if (!more) {
      runEnded(exchange, system.id(), true);
    }
  }

  /**
   * Counts a page read one note a page; after the last, the run goes back to whole pages (page
   * paging: the page after the one that was too large).
   *
   * @return whether the run goes on
   */
  private static boolean oneReadOneByOne(Exchange exchange, SystemDefinition system, boolean more) {
    int left = exchange.getProperty(ONE_BY_ONE, 0, Integer.class);
    if (left == 0) {
      return more;
    }
    exchange.setProperty(ONE_BY_ONE, left - 1);
    if (left == 1
        && system.source() instanceof Source.Http http
        && http.paging().kind() == PagingKind.PAGE) {
      exchange.setProperty(POSITION, exchange.getProperty(RESUME_PAGE, String.class));
    }
    return more;
  }

  /** Tells the events how long the run took, measured in real time from its start. */
  private void runEnded(Exchange exchange, String systemId, boolean succeeded) {
    Long started = exchange.getProperty(STARTED, Long.class);
    if (started != null) {
      events.runEnded(systemId, Duration.ofNanos(System.nanoTime() - started), succeeded);
    }
  }

  /** The latest modification seen, with the last note id at that time as the tie-breaker. */
  static Watermark advance(Watermark before, List<CaseNote> notes) {
    Optional<CaseNote> latest =
        notes.stream()
            .filter(n -> n.modifiedAt() != null)
            .max(Comparator.comparing(CaseNote::modifiedAt));
    if (latest.isEmpty() || latest.get().modifiedAt().isBefore(before.at())) {
      return before;
    }
    CaseNote last = latest.get();
    return new Watermark(last.modifiedAt(), last.noteId(), null);
  }

  /**
   * A failed run: the watermark stays where the last committed page left it. The reason kept and
   * logged has every secret redacted and no database driver's text (see {@link FailureText}).
   */
  public void failed(Exchange exchange) {
    String id = exchange.getProperty(SYSTEM, String.class);
    Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    String reason = failures.redact(describe(cause));
    health.failed(id, reason);
    runEnded(exchange, id, false);
    try (LogContext logged = LogContext.system(id)) {
      LOG.warn("System {}: poll stopped, to be tried again at the next run: {}", id, reason);
    }
  }

  /**
   * Why a run failed, for the log and {@link SourceHealth}: words an operator understands, the
   * exception's class only after {@link FailureWords#DETAIL}. The adapter's own exceptions say it
   * without quoting any page, and a connection's failure (refused, timed out, cut) quotes nothing
   * either; a database's or a library's exception may quote the values it choked on, so only its
   * kind is given (and a database's SQL state).
   */
  static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown";
    }
    if (cause instanceof MalformedPageException
        || cause instanceof SourceUnavailableException
        || cause instanceof SourceBusyException
        || cause instanceof StorageFullException) {
      return shortened(FailureWords.oneLine(String.valueOf(cause.getMessage())));
    }
    Optional<String> words = FailureWords.of(cause);
    if (words.isPresent()) {
      return withDetail(words.get(), FailureWords.detail(cause));
    }
    for (Throwable c = cause; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof IOException) {
        String detail =
            cause.getClass().getSimpleName()
                + (c == cause ? "" : " caused by " + c.getClass().getSimpleName());
        return withDetail("the connection to the case system failed: " + c.getMessage(), detail);
      }
    }
    return withDetail(
        "an unexpected failure (its details are not logged: they may quote a case note)",
        cause.getClass().getSimpleName());
  }

  private static String withDetail(String words, String detail) {
    return FailureWords.line(words, detail, MOST_REASON_CHARACTERS);
  }

  private static String shortened(String text) {
    return text.length() <= MOST_REASON_CHARACTERS
        ? text
        : text.substring(0, MOST_REASON_CHARACTERS);
  }

  /** Line breaks and other control characters become spaces. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(Character.isISOControl(c) ? ' ' : (char) c));
    return out.toString();
  }

  /**
   * How long to wait after a 429: until its {@code Retry-After} (seconds or an HTTP date), at least
   * a second; a minute when it gives none that can be read.
   */
  static Duration retryAfter(String header, Clock clock) {
    Instant now = clock.instant();
    return RetryAfter.until(header, clock)
        .map(until -> Duration.between(now, until))
        .map(wait -> wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait)
        .orElse(Duration.ofMinutes(1));
  }

  /** The template filled, or empty when it uses a value not known yet. */
  private static Optional<String> fill(String template, Map<String, String> values) {
    Template parsed = Template.parse(template);
    if (parsed.names().stream().anyMatch(name -> values.get(name) == null)) {
      return Optional.empty();
    }
    return Optional.of(parsed.render(known(values), Escaping.PLAIN));
  }

  /** The values known now; an unknown one fills as empty text. */
  private static Map<String, String> known(Map<String, String> values) {
    Map<String, String> known = new HashMap<>();
    values.forEach((name, value) -> known.put(name, value == null ? "" : value));
    return known;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static ZoneId zone(SystemDefinition system) {
    String zone = system.fields().timeZone();
    return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
  }

  private SystemDefinition system(Exchange exchange) {
    String id = exchange.getProperty(SYSTEM, String.class);
    return systems
        .byId(id)
        .orElseThrow(() -> new IllegalStateException("no system file with id '" + id + "'"));
  }
}
