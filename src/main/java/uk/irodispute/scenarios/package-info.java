/**
 * Protocol scenarios: files under {@code mappings/scenarios/} that drive the escalation engine
 * through a dispute, note by note, and state what the council's document says must follow. The
 * format is in docs/PROTOCOLS.md. {@link uk.irodispute.scenarios.ScenarioSuite} reads and runs them
 * for the {@code scenarios} and {@code validate} commands and for the test suite.
 */
package uk.irodispute.scenarios;
