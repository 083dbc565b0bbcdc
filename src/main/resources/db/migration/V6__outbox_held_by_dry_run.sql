-- Dry run (iro.dry-run): a delivery the adapter decided but did not send is HELD in the outbox, with
-- nothing written to the case system or mail. Operations then send the held deliveries (back to
-- PENDING) or discard them (DISCARDED, kept, never sent). Portable SQL, like V1 to V3.
ALTER TABLE outbox DROP CONSTRAINT outbox_status_ck;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_ck
    CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DELIVERED', 'DEAD', 'HELD', 'DISCARDED'));
