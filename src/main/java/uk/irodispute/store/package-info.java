/**
 * The adapter's own database: disputes with their state as JSON, their append-only events, the case
 * notes already taken, the staff each dispute's notes named, the sources' watermarks and the outbox
 * of deliveries. Persistence only: the use cases that write through it are in {@code
 * uk.irodispute.application}. {@link uk.irodispute.store.Outbox} hands deliveries to the routes
 * that send them. The SQL is portable between H2 and PostgreSQL; the schema is {@code
 * db/migration}, applied by Flyway.
 */
package uk.irodispute.store;
