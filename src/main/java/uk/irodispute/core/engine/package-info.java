/**
 * The escalation engine: {@code (dispute, command or tick, now) -> (dispute, events, effects)}.
 * Deterministic, no I/O, no Camel, Spring or JDBC.
 */
package uk.irodispute.core.engine;
