/**
 * The canonical dispute: its reference, subject, stages, pauses, extensions, responses and timers.
 * Plain Java: no Camel, Spring or JDBC.
 */
package uk.irodispute.core.model;
