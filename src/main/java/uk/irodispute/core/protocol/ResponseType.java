package uk.irodispute.core.protocol;

/**
 * A kind of written response to a dispute, for example "agreeing with the chair's dispute".
 *
 * @param id for example {@code agree}
 * @param name for example {@code Agrees with the chair's dispute}
 */
public record ResponseType(String id, String name) {}
