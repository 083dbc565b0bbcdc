/**
 * What the adapter sends out, as it sits in the outbox: rendered case notes for the case system and
 * rendered alert mails. Addresses and bodies are fixed when the effect is committed, so a retry or
 * a replay sends exactly what was decided; connection details and secrets are looked up from the
 * system file when sending, and never stored.
 */
package uk.irodispute.delivery;
