package uk.irodispute.console;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.store.DeadLetterOperations;
import uk.irodispute.store.DeadLetterRefusal;

/**
 * The console's pages: the overview (sources, routes, outbox), the dead letters with their actions,
 * and the open disputes by stage. Replays and discards go through {@link DeadLetterOperations}, the
 * service the API uses, recorded under the signed-in user's name; each form returns to the page
 * with what happened.
 */
@Controller
class ConsoleController {

  private static final String OPERATOR_ROLE = "ROLE_" + ConsoleRole.OPERATOR.name();

  private final SourceStates sources;
  private final RouteStates routes;
  private final OutboxState outbox;
  private final DeadLetterPage deadLetters;
  private final OpenDisputesByStage disputes;
  private final DeadLetterOperations operations;
  private final Clock clock;

  ConsoleController(
      SourceStates sources,
      RouteStates routes,
      OutboxState outbox,
      DeadLetterPage deadLetters,
      OpenDisputesByStage disputes,
      DeadLetterOperations operations,
      Clock clock) {
    this.sources = sources;
    this.routes = routes;
    this.outbox = outbox;
    this.deadLetters = deadLetters;
    this.disputes = disputes;
    this.operations = operations;
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
    model.addAttribute("sources", sources.rows());
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
    model.addAttribute("stages", stages);
    model.addAttribute("overdue", OpenDisputesByStage.overdue(stages));
    return "console/disputes";
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
