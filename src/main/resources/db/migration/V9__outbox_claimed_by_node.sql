-- Which node claimed an outbox item, and which run of it (a start of the process). A node started
-- again under the same name takes back at once the items its earlier run left in flight: that run
-- is dead, so nothing waits for their lease. Portable SQL, like V1 to V3.
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE outbox ADD COLUMN claimed_run VARCHAR(40);
