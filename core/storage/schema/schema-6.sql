-- QA Desk workspace schema, step 6: per-month aggregates and the indexes pages filter by; row versions for desktops
-- sharing one team server; conversation metrics and auto-QA. Each block below belongs to one part of that work.

-- ==== aggregates ====
-- Per-month aggregates of the evaluations reports and trends count (the latest revision of each submitted evaluation;
-- drafts, superseded originals and calibration scorings left out), so a figure spanning months reads a few rows per
-- agent and month instead of every answer. month is year * 100 + month of the submission in the workspace's time zone
-- (the evaluation basis; the contact basis is read from the evaluations themselves); team_id is the team the agent was
-- in when evaluated (0: none). Rewritten in the transaction of every write that changes what is counted
-- (core/storage/Aggregates); `qadesk-cli check` recomputes them and reports every difference. Scores are 0..1.
CREATE TABLE agent_months (
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  month INTEGER NOT NULL,
  team_id BIGINT NOT NULL,
  evaluations INTEGER NOT NULL,
  scored INTEGER NOT NULL,
  score_sum {{REAL}} NOT NULL,
  score_squares {{REAL}} NOT NULL,
  critical_failures INTEGER NOT NULL,
  PRIMARY KEY (agent_id, month, team_id)
) {{WITHOUT_ROWID}};
CREATE INDEX agent_months_month ON agent_months(month, team_id);

-- Applicable answers only (answered, not N/A), as pass rates count them: failed of them, points scored of max_points,
-- and the newest submission among them, whose version's wording of the item is the one shown.
CREATE TABLE agent_month_items (
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  month INTEGER NOT NULL,
  team_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL REFERENCES scorecard_items(id),
  answered INTEGER NOT NULL,
  failed INTEGER NOT NULL,
  points {{REAL}} NOT NULL,
  max_points {{REAL}} NOT NULL,
  latest_at BIGINT NOT NULL,
  PRIMARY KEY (agent_id, month, team_id, item_id)
) {{WITHOUT_ROWID}};
CREATE INDEX agent_month_items_month ON agent_month_items(month, team_id);

-- The Team page and team reports filter by team and period, the evaluator report by evaluator and period
-- (evaluations_evaluator since step 1).
CREATE INDEX evaluations_team ON evaluations(team_id, submitted_at);

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
