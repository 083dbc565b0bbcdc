/**
 * Keeping secrets and children's data out of what the adapter writes itself: the redaction of every
 * secret value it holds, failure descriptions safe to store and log, and pseudonymous ids for
 * correlating log lines about one child without naming them.
 */
package uk.irodispute.privacy;
