/**
 * A council's dispute-resolution protocol as data: tracks, stages in order, who is alerted and
 * copied at each, timescales, what happens on breach, caps, time out and the CAFCASS referral.
 * Plain Java: no Camel, Spring or JDBC.
 */
package uk.irodispute.core.protocol;
