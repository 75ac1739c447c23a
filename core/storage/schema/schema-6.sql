-- QA Desk workspace schema, step 6: what several desktops sharing one team server need.

-- ==== conflicts ====
-- The rows people edit carry a row version: every update is a compare-and-set on it, so a save based on an old version
-- is refused instead of overwriting the other desktop's. updated_by (a login) and updated_at say whose change won, for
-- the refusal's message.
ALTER TABLE evaluations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE evaluations ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE disputes ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disputes ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE disputes ADD COLUMN updated_at BIGINT;
ALTER TABLE coaching_sessions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE coaching_sessions ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE coaching_sessions ADD COLUMN updated_at BIGINT;
ALTER TABLE scorecard_versions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scorecard_versions ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE scorecard_versions ADD COLUMN updated_at BIGINT;
ALTER TABLE sampling_plans ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sampling_plans ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sampling_plans ADD COLUMN updated_at BIGINT;
-- One open dispute per evaluation (so per item too), whichever desktop raises it first.
CREATE UNIQUE INDEX disputes_one_open ON disputes(evaluation_id) WHERE status = 'open';
