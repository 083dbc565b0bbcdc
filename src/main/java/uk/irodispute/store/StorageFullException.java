package uk.irodispute.store;

/** A folder the adapter writes to has no room, or cannot be written: the reason says which. */
public class StorageFullException extends RuntimeException {

  public StorageFullException(String reason) {
    super(reason);
  }
}
