package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One version of a council's protocol, as read from a file under {@code mappings/protocols/}.
 *
 * @param id stable identifier, for example {@code restorative-iro-cp}
 * @param version the version disputes keep for their whole life, for example {@code 2026-1}
 * @param name the protocol's title in the council's words
 * @param source where the text comes from (document title and date)
 * @param calendar the region, working hours and closure days its timescales count in
 * @param roles every role a stage, cap, time out or referral may name
 * @param categories what a dispute may be about; the standard ones plus the protocol's own
 * @param seriousness levels of seriousness and where each starts a dispute
 * @param responseTypes the kinds of written response a recipient may give
 * @param tracks the separate paths (LAC, CP), each with its stages in order
 * @param caps limits on the whole process
 * @param timeOut whether the clock may be paused and who must approve
 * @param referral the final referral step (CAFCASS) and who must be told first
 * @param otherPartOfCouncil who is copied in, from which stage, when a dispute concerns another
 *     part of the council; null where the protocol says nothing
 */
public record Protocol(
    String id,
    String version,
    String name,
    String source,
    CalendarSettings calendar,
    List<RoleDefinition> roles,
    List<Category> categories,
    List<SeriousnessLevel> seriousness,
    List<ResponseType> responseTypes,
    List<Track> tracks,
    List<Cap> caps,
    TimeOutRule timeOut,
    ReferralRule referral,
    OtherPartOfCouncil otherPartOfCouncil) {

  public Protocol {
    roles = List.copyOf(roles);
    categories = List.copyOf(categories);
    seriousness = List.copyOf(seriousness);
    responseTypes = List.copyOf(responseTypes);
    tracks = List.copyOf(tracks);
    caps = List.copyOf(caps);
  }

  public Optional<OtherPartOfCouncil> otherPartOfCouncilIfAny() {
    return Optional.ofNullable(otherPartOfCouncil);
  }

  public Optional<Track> track(String trackId) {
    return tracks.stream().filter(t -> t.id().equalsIgnoreCase(trackId)).findFirst();
  }

  /** The first track declared: the only one where a note may name none. */
  public Track defaultTrack() {
    return tracks.get(0);
  }

  public Optional<Category> category(String categoryId) {
    return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
  }

  public Optional<SeriousnessLevel> seriousnessLevel(String levelId) {
    return seriousness.stream().filter(s -> s.id().equals(levelId)).findFirst();
  }

  public Optional<ResponseType> responseType(String typeId) {
    return responseTypes.stream().filter(r -> r.id().equals(typeId)).findFirst();
  }

  public Optional<RoleDefinition> role(String roleId) {
    return roles.stream().filter(r -> r.id().equals(roleId)).findFirst();
  }
}
