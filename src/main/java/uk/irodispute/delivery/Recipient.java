package uk.irodispute.delivery;

/**
 * A person an alert reaches, as the role they are reached in.
 *
 * @param name their name as messages show it; their address when no name is known
 * @param email where the alert goes
 */
record Recipient(String name, String email) {}
