-- Nothing to change on PostgreSQL (H2's V8 reserves outbox ids 1,000 at a time). PostgreSQL caches
-- sequence values per session, so a cache larger than 1 would let one session's later outbox items
-- take lower ids than another's earlier ones, and the outbox sends a dispute's items in id order:
-- the outbox id keeps PostgreSQL's default cache of 1.
SELECT 1;
