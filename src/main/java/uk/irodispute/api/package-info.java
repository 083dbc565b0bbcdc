/** The adapter's HTTP API: protocol listing, the schedule check, and dead-letter operations. */
package uk.irodispute.api;
