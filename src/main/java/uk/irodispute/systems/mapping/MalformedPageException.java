package uk.irodispute.systems.mapping;

/**
 * A page that cannot be read at all: not JSON or XML, or without the list of notes where the system
 * file says it is. The message says what is wrong and never quotes the page.
 */
public class MalformedPageException extends RuntimeException {

  public MalformedPageException(String reason) {
    super(reason);
  }
}
