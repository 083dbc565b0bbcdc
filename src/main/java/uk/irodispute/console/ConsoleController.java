package uk.irodispute.console;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.application.DeadLetterRefusal;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.metrics.ChartSeries;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.store.DisputeStory;
import uk.irodispute.store.OutboxListing;
import uk.irodispute.store.OutboxStatus;

/**
 * The console's pages: the overview (sources, routes, outbox), the dead letters with their actions,
 * and the open disputes by stage. Replays and discards go through {@link DeadLetterOperations}, the
 * service the API uses, recorded under the signed-in user's name; each form returns to the page
 * with what happened.
 */
@Controller
class ConsoleController {

  /**
   * How often the overview, the open disputes and the outbox reload themselves; the address, and so
   * any filter, stays.
   */
  static final int REFRESH_SECONDS = 30;

  private static final String OPERATOR_ROLE = "ROLE_" + ConsoleRole.OPERATOR.name();

  private final SourceStates sources;
  private final RouteStates routes;
  private final OutboxState outbox;
  private final DeadLetterPage deadLetters;
  private final OpenDisputesByStage disputes;
  private final DeadLetterOperations operations;
  private final DisputeStory stories;
  private final OutboxListing outboxItems;
  private final HealthBanner health;
  private final ChartSeries charts;
  private final Clock clock;

  ConsoleController(
      SourceStates sources,
      RouteStates routes,
      OutboxState outbox,
      DeadLetterPage deadLetters,
      OpenDisputesByStage disputes,
      DeadLetterOperations operations,
      DisputeStory stories,
      OutboxListing outboxItems,
      HealthBanner health,
      ChartSeries charts,
      Clock clock) {
    this.sources = sources;
    this.routes = routes;
    this.outbox = outbox;
    this.deadLetters = deadLetters;
    this.disputes = disputes;
    this.operations = operations;
    this.stories = stories;
    this.outboxItems = outboxItems;
    this.health = health;
    this.charts = charts;
    this.clock = clock;
  }

  /** What every page shows in its header: who is signed in, whether they may act, the time. */
  @ModelAttribute
  void header(Authentication user, Model model) {
    model.addAttribute("user", user == null ? null : user.getName());
    model.addAttribute(
        "operator",
        user != null
            && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(OPERATOR_ROLE::equals));
    model.addAttribute("now", ConsoleTimes.london(clock.instant()));
  }

  @GetMapping("/")
  String root() {
    return "redirect:/console";
  }

  @GetMapping(ConsoleSecurity.LOGIN_PAGE)
  String login() {
    return "console/login";
  }

  @GetMapping("/console")
  String overview(Model model) {
    var stages = disputes.stages();
    model.addAttribute("page", "overview");
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("health", health.now());
    var sourceRows = sources.rows();
    model.addAttribute("sources", sourceRows);
    model.addAttribute(
        "sourceStates",
        sourceRows.stream()
            .collect(Collectors.toMap(row -> "poll-" + row.id(), SourceStates.Row::state)));
    model.addAttribute("routes", routes.rows());
    model.addAttribute("outbox", outbox.summary());
    model.addAttribute("openLetters", operations.list(DeadLetterFilter.ALL.open()).size());
    model.addAttribute("openDisputes", stages.stream().mapToLong(s -> s.disputes().size()).sum());
    model.addAttribute("overdueDisputes", OpenDisputesByStage.overdue(stages));
    return "console/overview";
  }

  @GetMapping("/console/disputes")
  String disputes(Model model) {
    var stages = disputes.stages();
    model.addAttribute("page", "disputes");
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("stages", stages);
    model.addAttribute("overdue", OpenDisputesByStage.overdue(stages));
    return "console/disputes";
  }

  /**
   * The overview's charts: the last 24 hours' samples, a list of times (seconds since 1970) and a
   * list of values for each series, the sample of this minute taken first.
   */
  @GetMapping("/console/charts")
  @ResponseBody
  Map<String, Object> chartData() {
    charts.sample();
    List<ChartSeries.Sample> samples = charts.last24Hours();
    Map<String, List<Double>> series = new TreeMap<>();
    for (ChartSeries.Sample sample : samples) {
      sample.values().keySet().forEach(name -> series.putIfAbsent(name, new ArrayList<>()));
    }
    for (ChartSeries.Sample sample : samples) {
      series.forEach((name, values) -> values.add(sample.values().get(name)));
    }
    return Map.of(
        "times", samples.stream().map(s -> s.at().getEpochSecond()).toList(), "series", series);
  }

  /** One dispute's story: why each mail and note went, and what happened to it. */
  @GetMapping("/console/disputes/{reference}")
  String dispute(@PathVariable String reference, Model model) {
    model.addAttribute("page", "disputes");
    model.addAttribute("reference", reference);
    model.addAttribute(
        "story", stories.of(new DisputeReference(reference.strip())).map(ConsoleStory::of));
    return "console/dispute";
  }

  /** The outbox items in one status, newest first, a page at a time. */
  @GetMapping("/console/outbox")
  String outbox(
      @RequestParam(defaultValue = "PENDING") String status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    OutboxStatus listed =
        ConsoleStory.LISTED.stream()
            .filter(s -> s.name().equalsIgnoreCase(status.strip()))
            .findFirst()
            .orElse(OutboxStatus.PENDING);
    int from = Math.max(0, page);
    model.addAttribute("page", "outbox");
    model.addAttribute("refreshSeconds", REFRESH_SECONDS);
    model.addAttribute("status", listed.name());
    model.addAttribute("statuses", ConsoleStory.LISTED);
    model.addAttribute("pageNumber", from);
    model.addAttribute("total", outboxItems.count(listed));
    model.addAttribute("pageSize", ConsoleStory.PAGE_SIZE);
    model.addAttribute(
        "items",
        outboxItems.list(listed, from, ConsoleStory.PAGE_SIZE).stream()
            .map(ConsoleStory.Delivery::of)
            .toList());
    return "console/outbox";
  }

  @GetMapping("/console/dead-letters")
  String deadLetters(
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String reference,
      @RequestParam(required = false) String reasonCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      Model model) {
    DeadLetterPage.Filter filter =
        new DeadLetterPage.Filter(system, reference, reasonCode, kind, status);
    model.addAttribute("page", "dead-letters");
    model.addAttribute("filter", filter);
    model.addAttribute("systems", deadLetters.systemChoices(filter));
    model.addAttribute("reasonCodes", DeadLetterPage.reasonCodes());
    model.addAttribute("mostShown", DeadLetterPage.MOST_SHOWN);
    try {
      model.addAttribute("listing", deadLetters.list(filter));
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("listing", new DeadLetterPage.Listing(List.of(), 0, 0));
    }
    return "console/dead-letters";
  }

  @PostMapping("/console/dead-letters/{id}/replay")
  String replay(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      DeadLetterPage.Filter filter,
      Authentication user,
      RedirectAttributes flash) {
    return back(
        filter,
        flash,
        () -> {
          operations.replay(id, user.getName(), reason);
          return "Dead letter " + id + " replayed";
        });
  }

  @PostMapping("/console/dead-letters/replay")
  String replayAll(
      @RequestParam(required = false) String reason,
      DeadLetterPage.Filter filter,
      Authentication user,
      RedirectAttributes flash) {
    return back(
        filter,
        flash,
        () -> {
          DeadLetterOperations.ReplayReport report =
              operations.replayAll(filter.toStore(), user.getName(), reason);
          StringBuilder done =
              new StringBuilder("Replayed " + report.replayed().size() + " dead letters");
          report
              .refused()
              .forEach(r -> done.append("; ").append(r.id()).append(" not: ").append(r.reason()));
          return done.toString();
        });
  }

  @PostMapping("/console/dead-letters/{id}/discard")
  String discard(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      DeadLetterPage.Filter filter,
      Authentication user,
      RedirectAttributes flash) {
    return back(
        filter,
        flash,
        () -> {
          operations.discard(id, user.getName(), reason);
          return "Dead letter " + id + " discarded";
        });
  }

  /** Does what a form asks, then sends the browser back to the list it came from. */
  private static String back(
      DeadLetterPage.Filter filter,
      RedirectAttributes flash,
      java.util.function.Supplier<String> action) {
    try {
      flash.addFlashAttribute("done", action.get());
    } catch (DeadLetterRefusal | IllegalArgumentException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    String to =
        UriComponentsBuilder.fromPath("/console/dead-letters")
            .queryParamIfPresent("system", java.util.Optional.ofNullable(filter.system()))
            .queryParamIfPresent("reference", java.util.Optional.ofNullable(filter.reference()))
            .queryParamIfPresent("reasonCode", java.util.Optional.ofNullable(filter.reasonCode()))
            .queryParamIfPresent("kind", java.util.Optional.ofNullable(filter.kind()))
            .queryParam("status", filter.status() == null ? "" : filter.status())
            .encode()
            .build()
            .toUriString();
    return "redirect:" + to;
  }
}
