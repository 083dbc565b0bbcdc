-- H2 writes an identity's reserved range to the database file each time the range runs out, a
-- commit of its own: with WRITE_DELAY=0 that is a file write every 32 outbox items (H2's default
-- cache). A range of 1,000 makes it one write every 1,000 items. H2 hands out the values in order
-- whatever the session, so the outbox's order by id is kept; a restart only leaves a gap.
ALTER TABLE outbox ALTER COLUMN id SET CACHE 1000;
