/**
 * When the routes run: Quartz on its JDBC job store in the adapter's own database, clustered,
 * handed to Camel's {@code quartz} component. Nodes sharing the database share the schedules of the
 * polls, the outbox and the tick, so each run happens on one node, and a node that dies in a run
 * has it taken over by another.
 */
package uk.irodispute.scheduling;
