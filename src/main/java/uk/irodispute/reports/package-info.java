/**
 * What managers read: the dispute register, the yearly figures of an IRO annual report and the
 * weekly oversight digest. {@link uk.irodispute.reports.DisputeRegister}, {@link
 * uk.irodispute.reports.AnnualReport} and {@link uk.irodispute.reports.OversightDigest} are plain
 * computation over disputes and their events, as at a given time; {@link
 * uk.irodispute.reports.StoredHistories} reads those from the store. The digest mail is queued by
 * {@code uk.irodispute.application.DigestSending}. Nothing here carries a child's name, person id
 * or note text.
 */
package uk.irodispute.reports;
