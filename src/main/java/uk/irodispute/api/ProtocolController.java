package uk.irodispute.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.core.engine.Schedule;
import uk.irodispute.core.engine.ScheduleCalculator;
import uk.irodispute.core.protocol.AfterResponse;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.Track;

/**
 * Lets anyone check a protocol's clock without a case system: the protocols loaded, and the
 * schedule of a dispute started at a given time.
 */
@RestController
@RequestMapping("/api/v1/protocols")
class ProtocolController {

  private final ProtocolRegistry protocols;
  private final ScheduleCalculator schedules;
  private final Clock clock;

  ProtocolController(ProtocolRegistry protocols, ScheduleCalculator schedules, Clock clock) {
    this.protocols = protocols;
    this.schedules = schedules;
    this.clock = clock;
  }

  @GetMapping
  List<ProtocolSummary> protocols() {
    return protocols.latest().stream().map(ProtocolSummary::of).toList();
  }

  @GetMapping("/{id}/schedule")
  ScheduleView schedule(
      @PathVariable String id,
      @RequestParam(required = false) String start,
      @RequestParam(required = false) String track,
      @RequestParam(required = false) String fromStage) {
    Protocol protocol =
        protocols
            .latest(id)
            .orElseThrow(
                () ->
                    new ApiError(
                            HttpStatus.NOT_FOUND,
                            "id",
                            "there is no protocol '" + id + "'; protocols: " + protocolIds())
                        .toException());
    Track chosen = track(protocol, track);
    if (fromStage != null) {
      chosen
          .whyNotStartAt(fromStage)
          .ifPresent(
              why -> {
                throw new ApiError(HttpStatus.BAD_REQUEST, "fromStage", why).toException();
              });
    }
    Instant startAt;
    try {
      startAt = start == null ? clock.instant() : ApiTimes.parse(start);
    } catch (IllegalArgumentException e) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "start", e.getMessage()).toException();
    }
    Schedule schedule =
        schedules.schedule(protocol, chosen, startAt, Optional.ofNullable(fromStage));
    return ScheduleView.of(schedule);
  }

  /**
   * The track asked for. A protocol with one track needs none; one with several needs it named, as
   * a raise does (issue 13, "no silent track").
   */
  private static Track track(Protocol protocol, String track) {
    String tracks = String.join(", ", protocol.tracks().stream().map(Track::id).toList());
    if (track == null) {
      if (protocol.tracks().size() == 1) {
        return protocol.tracks().get(0);
      }
      throw new ApiError(
              HttpStatus.BAD_REQUEST,
              "track",
              "protocol " + protocol.id() + " has more than one track; give track: " + tracks)
          .toException();
    }
    return protocol
        .track(track)
        .orElseThrow(
            () ->
                new ApiError(
                        HttpStatus.BAD_REQUEST,
                        "track",
                        "track '"
                            + track
                            + "' is not in protocol "
                            + protocol.id()
                            + "; tracks: "
                            + tracks)
                    .toException());
  }

  private String protocolIds() {
    return String.join(", ", protocols.latest().stream().map(Protocol::id).toList());
  }

  /** One protocol in the listing. */
  record ProtocolSummary(String id, String version, String name, List<String> tracks) {
    static ProtocolSummary of(Protocol p) {
      return new ProtocolSummary(
          p.id(), p.version(), p.name(), p.tracks().stream().map(Track::id).toList());
    }
  }

  /** A schedule as the API gives it. */
  record ScheduleView(
      String protocol,
      String version,
      String track,
      String start,
      List<StageView> stages,
      String overallDueAt) {
    static ScheduleView of(Schedule s) {
      return new ScheduleView(
          s.protocolId(),
          s.protocolVersion(),
          s.trackId(),
          ApiTimes.format(s.start()),
          s.stages().stream().map(StageView::of).toList(),
          ApiTimes.format(s.overallDueAt()));
    }
  }

  /** One stage of a schedule. */
  record StageView(
      String id,
      String name,
      List<String> to,
      List<String> cc,
      String opensAt,
      String dueAt,
      AfterResponseView afterResponse) {
    static StageView of(Schedule.ScheduledStage s) {
      return new StageView(
          s.id(),
          s.name(),
          s.to(),
          s.cc(),
          ApiTimes.format(s.opensAt()),
          ApiTimes.format(s.dueAt()),
          s.afterResponse() == null ? null : AfterResponseView.of(s.afterResponse()));
    }
  }

  /** How long the chair has to decide after a response, and what follows if they do not. */
  record AfterResponseView(String decideWithin, String then, List<String> alert) {
    static AfterResponseView of(AfterResponse r) {
      return new AfterResponseView(
          r.decideWithin().text(), r.then().name().toLowerCase().replace('_', '-'), r.alert());
    }
  }
}
