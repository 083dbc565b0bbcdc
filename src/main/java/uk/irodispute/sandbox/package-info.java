/**
 * The sandbox case systems, active under the {@code sandbox} profile (the default): a Liquidlogic
 * reporting database in memory, a Liquidlogic-style JSON API and a Framework-i-style XML API on
 * loopback, each matching its file under {@code mappings/systems/}; fault switches; an SMTP server;
 * and a page at {@code /sandbox} to record notes and see what the adapter wrote back. Every person
 * in it is invented. {@link uk.irodispute.sandbox.SandboxCaseSystems} is the Java entry point.
 */
package uk.irodispute.sandbox;
