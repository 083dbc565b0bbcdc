/**
 * The Camel side of delivering: the beans {@code routes/deliver.yaml} calls to claim outbox items,
 * prepare each as an HTTP request, an integration-table row, a dropped file or a mail, and record
 * whether it went. Connection details and secrets come from the system file at sending time.
 */
package uk.irodispute.sending;
