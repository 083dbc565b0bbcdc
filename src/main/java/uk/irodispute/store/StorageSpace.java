package uk.irodispute.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The disks the adapter writes to: the folder of its H2 database file and each drop folder a system
 * writes back to. A disk with less room than {@code iro.storage.least-free}, or a folder that
 * cannot be written, stops the polls before they take a note (the watermark stays), and the {@code
 * storage} health check is DOWN with the reason. Once there is room again the polls go on by
 * themselves. A database on another server (PostgreSQL) is not watched here: a write it refuses
 * stops the poll like any database failure, and the watermark stays all the same.
 */
public final class StorageSpace {

  /**
   * A folder the adapter writes to.
   *
   * @param what what it is, for the reason: "the database's folder", "the drop folder of lcs-files"
   * @param folder where it is
   */
  public record Place(String what, Path folder) {}

  private final List<Place> places;
  private final long leastFree;

  /**
   * @param places the folders watched
   * @param leastFree the fewest bytes free a disk may have before the polls stop
   */
  public StorageSpace(List<Place> places, long leastFree) {
    this.places = List.copyOf(places);
    this.leastFree = leastFree;
  }

  /** Why the adapter must not take notes now; empty while every folder has room. */
  public Optional<String> shortage() {
    for (Place place : places) {
      Optional<String> reason = shortage(place);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }

  /**
   * What a poll route calls before it reads: stops the run while a folder has no room.
   *
   * @throws StorageFullException with the reason
   */
  public void requireRoom() {
    Optional<String> reason = shortage();
    if (reason.isPresent()) {
      throw new StorageFullException(reason.get() + ": no notes are taken until there is room");
    }
  }

  /** The folders watched. */
  public List<Place> places() {
    return places;
  }

  private Optional<String> shortage(Place place) {
    Path existing = place.folder().toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.of(place.what() + " (" + place.folder() + ") is on no disk found");
    }
    try {
      long free = Files.getFileStore(existing).getUsableSpace();
      if (free < leastFree) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "%s (%s) has %d bytes free, less than iro.storage.least-free (%d)",
                place.what(),
                place.folder(),
                free,
                leastFree));
      }
    } catch (IOException e) {
      return Optional.of(
          place.what() + " (" + place.folder() + ") cannot be checked: " + e.getClass().getName());
    }
    if (!Files.isWritable(existing)) {
      return Optional.of(place.what() + " (" + place.folder() + ") cannot be written");
    }
    return Optional.empty();
  }

  /**
   * The folder of an H2 file database, from its JDBC URL; empty for an in-memory, a server's or any
   * other database.
   */
  public static Optional<Path> h2Folder(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    String rest = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    } else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    Path file = Path.of(rest).toAbsolutePath().normalize();
    return Optional.ofNullable(file.getParent());
  }
}
