/**
 * Working days and timescale arithmetic in Europe/London: bank holidays by region, the council's
 * closure days, working hours, and the units protocols use ({@code 5 working days}, {@code 72
 * hours}, {@code days 3-4}, {@code same day}). Plain Java: no Camel, Spring or JDBC.
 */
package uk.irodispute.core.calendar;
