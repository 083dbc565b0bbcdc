/**
 * A case-system connection as its {@code mappings/systems/*.yaml} file describes it: where and how
 * to poll, how vendor fields map to the canonical {@link uk.irodispute.core.note.CaseNote}, which
 * notes are dispute commands, and where notes are written back. The records here are the contract
 * between the file loader, the poll routes, the classifier and the delivery planner.
 */
package uk.irodispute.systems;
