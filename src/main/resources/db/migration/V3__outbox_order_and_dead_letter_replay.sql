-- The outbox delivers in order per dispute and channel, and dead letters can be replayed.
-- Portable SQL, like V1 and V2: the same file runs on H2 and on PostgreSQL.

-- Which way an item leaves: CASE_SYSTEM (a note written back: HTTP, integration table, file drop or
-- a mail to the case system's inbox) or MAIL (an alert to people). Items of one dispute and one
-- channel go in the order they were queued (by id). Rows queued before this migration are sorted by
-- their kind and key: a write-back's key ends in /note.
ALTER TABLE outbox ADD COLUMN channel VARCHAR(12);
UPDATE outbox SET channel = CASE
    WHEN kind <> 'MAIL' OR idempotency_key LIKE '%/note' THEN 'CASE_SYSTEM'
    ELSE 'MAIL' END;
ALTER TABLE outbox ALTER COLUMN channel SET NOT NULL;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_ck CHECK (channel IN ('CASE_SYSTEM', 'MAIL'));
-- The claim's order check: an earlier item of the same dispute and channel still to be sent.
CREATE INDEX outbox_order ON outbox (reference, channel, id);

-- A note's modification time in its system, when it could be read: replaying the letter moves the
-- system's watermark back to it, so the next poll reads the note again.
ALTER TABLE dead_letters ADD COLUMN note_modified_at TIMESTAMP WITH TIME ZONE;
