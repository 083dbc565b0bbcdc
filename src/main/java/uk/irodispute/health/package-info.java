/**
 * What {@code /actuator/health} says beside Spring Boot's and Camel's own checks: each polled
 * source ({@code sources/<system>}: the last successful poll, judged against the source's
 * schedule), the outbox (the oldest delivery still to be sent) and the open dead letters. None of
 * them is in the liveness or readiness group: a case system being down is for operations to see,
 * not a reason to restart the adapter or take it out of service.
 */
package uk.irodispute.health;
