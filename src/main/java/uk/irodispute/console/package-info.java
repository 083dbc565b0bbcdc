/**
 * The operations console at {@code /console}: each source's state and last poll, the routes, the
 * outbox, the dead letters with replay and discard, and the open disputes by stage with what is
 * overdue; pages rendered on the server (Thymeleaf, {@code templates/console/}). {@link
 * uk.irodispute.console.ConsoleSecurity} signs users in (form login here, HTTP Basic on {@code
 * /api/v1}) from {@code iro.console.users}: a {@code VIEWER} sees everything, an {@code OPERATOR}
 * may also replay and discard, recorded under their name.
 */
package uk.irodispute.console;
