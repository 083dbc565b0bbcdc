-- Housekeeping (store.Housekeeping) deletes records past their retention every day; these indexes
-- let it find them without reading whole tables: note records by system and age, delivered outbox
-- items by delivery time, resolved dead letters by resolution time, and the dead letters that still
-- refer to an outbox item (which keep it).
CREATE INDEX processed_notes_age ON processed_notes (system_id, processed_at);
CREATE INDEX outbox_delivered ON outbox (status, delivered_at);
CREATE INDEX dead_letters_resolved ON dead_letters (status, resolved_at);
CREATE INDEX dead_letters_outbox ON dead_letters (outbox_id);
