-- What the chair seeks from a dispute, as the system file words the answer they chose. Seed 002:
-- "The IRO/CP Chair needs to be clear about what the issue is the outcome they are seeking".
-- Only an answer the system file lists is kept, never free text, so no child's name reaches it.
-- Alerts and notes name it; it goes with the dispute's row when the dispute is erased.
ALTER TABLE disputes ADD COLUMN outcome_sought VARCHAR(500);
