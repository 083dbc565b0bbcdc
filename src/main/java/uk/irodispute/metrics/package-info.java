/**
 * The adapter's metrics, all named {@code iro_*} in Prometheus: polls, notes, disputes, deliveries
 * and the backlog. The adapters tell what happened through small ports ({@code PollEvents}, {@code
 * DeliveryEvents}) and the use cases' events ({@code NoteTaken}, {@code DisputeEventsWritten});
 * only this package knows Micrometer. Every label comes from a bounded set (system, protocol and
 * stage ids from the files under {@code mappings/}, fixed codes, kinds and statuses): never a
 * person, a note id, a dispute reference or free text.
 */
package uk.irodispute.metrics;
