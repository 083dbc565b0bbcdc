/** The adapter's HTTP API: protocol listing and the schedule check. */
package uk.irodispute.api;
