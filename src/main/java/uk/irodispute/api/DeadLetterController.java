package uk.irodispute.api;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.application.DeadLetterRefusal;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetterAction;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.store.DeadLetterReason;

/**
 * Operations on what the adapter could not do: list dead letters, replay one or every one that
 * matches, discard one with a reason. Every action is recorded with the time and its operator: the
 * user the request signed in as (HTTP Basic; replaying and discarding need the OPERATOR role, see
 * {@code console/ConsoleSecurity}).
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterController {

  private final DeadLetterOperations operations;

  DeadLetterController(DeadLetterOperations operations) {
    this.operations = operations;
  }

  @GetMapping
  List<LetterView> list(
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String reference,
      @RequestParam(required = false) String reasonCode,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kind) {
    return operations.list(filter(system, reference, reasonCode, status, kind)).stream()
        .map(LetterView::of)
        .toList();
  }

  @GetMapping("/{id}")
  LetterDetail letter(@PathVariable long id) {
    return act(() -> new LetterDetail(LetterView.of(operations.letter(id)), actions(id)));
  }

  @PostMapping("/{id}/replay")
  LetterDetail replay(
      @PathVariable long id,
      Principal operator,
      @RequestBody(required = false) ActionRequest request) {
    return act(
        () -> {
          DeadLetter letter = operations.replay(id, operator.getName(), reasonOf(request));
          return new LetterDetail(LetterView.of(letter), actions(id));
        });
  }

  @PostMapping("/replay")
  DeadLetterOperations.ReplayReport replayAll(
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String reference,
      @RequestParam(required = false) String reasonCode,
      @RequestParam(required = false) String kind,
      Principal operator,
      @RequestBody(required = false) ActionRequest request) {
    DeadLetterFilter filter = filter(system, reference, reasonCode, null, kind);
    return act(() -> operations.replayAll(filter, operator.getName(), reasonOf(request)));
  }

  @PostMapping("/{id}/discard")
  LetterDetail discard(
      @PathVariable long id,
      Principal operator,
      @RequestBody(required = false) ActionRequest request) {
    return act(
        () -> {
          DeadLetter letter = operations.discard(id, operator.getName(), reasonOf(request));
          return new LetterDetail(LetterView.of(letter), actions(id));
        });
  }

  private List<ActionView> actions(long id) {
    return operations.actions(id).stream().map(ActionView::of).toList();
  }

  private static String reasonOf(ActionRequest request) {
    return request == null ? null : request.reason();
  }

  /** Runs an action, answering a refusal as 404, 409 or 400 naming the input at fault. */
  private static <T> T act(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (DeadLetterRefusal refusal) {
      HttpStatus status =
          switch (refusal.why()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case NOT_OPEN, NOT_REPLAYABLE -> HttpStatus.CONFLICT;
            case INCOMPLETE -> HttpStatus.BAD_REQUEST;
          };
      throw new ApiError(status, refusal.field(), refusal.getMessage()).toException();
    }
  }

  private static DeadLetterFilter filter(
      String system, String reference, String reasonCode, String status, String kind) {
    if (reasonCode != null
        && Arrays.stream(DeadLetterReason.values()).noneMatch(r -> r.name().equals(reasonCode))) {
      throw new ApiError(
              HttpStatus.BAD_REQUEST,
              "reasonCode",
              "reasonCode '"
                  + reasonCode
                  + "' is not one of "
                  + Arrays.toString(DeadLetterReason.values()))
          .toException();
    }
    return new DeadLetterFilter(
        blankToNull(system),
        blankToNull(reference),
        reasonCode,
        named(DeadLetter.Status.class, "status", status),
        named(DeadLetter.Kind.class, "kind", kind));
  }

  private static <E extends Enum<E>> E named(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiError(
              HttpStatus.BAD_REQUEST,
              parameter,
              parameter
                  + " '"
                  + value
                  + "' is not one of "
                  + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT))
          .toException();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The body of a replay or a discard: why, in the operator's words. */
  record ActionRequest(String reason) {}

  /** A dead letter as the API gives it. */
  record LetterView(
      long id,
      String kind,
      String system,
      String reference,
      String noteId,
      String noteVersion,
      String noteModifiedAt,
      Long outboxId,
      String reasonCode,
      String reason,
      String status,
      String recordedAt,
      String resolvedAt) {
    static LetterView of(DeadLetter d) {
      return new LetterView(
          d.id(),
          d.kind().name(),
          d.systemId(),
          d.reference(),
          d.noteId(),
          d.noteVersion(),
          ApiTimes.format(d.noteModifiedAt()),
          d.outboxId(),
          d.reasonCode(),
          d.reason(),
          d.status().name(),
          ApiTimes.format(d.recordedAt()),
          ApiTimes.format(d.resolvedAt()));
    }
  }

  /** One letter with what operations did with it. */
  record LetterDetail(LetterView letter, List<ActionView> actions) {}

  /** One action on a letter. */
  record ActionView(String action, String actor, String reason, String actedAt) {
    static ActionView of(DeadLetterAction a) {
      return new ActionView(a.action().name(), a.actor(), a.reason(), ApiTimes.format(a.actedAt()));
    }
  }
}
