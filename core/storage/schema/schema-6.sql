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

-- ==== metrics ====
-- The conversation measures of each contact, computed once and read by reports, the queue and sampling (ConversationMetrics).
-- Calls fill the call columns and chats the chat columns; the others stay null. Durations are in milliseconds, shares
-- 0..1. A chat's within_limit_share depends on the centre's reply limit (workspace setting reply_limit_s), which
-- reply_limit_ms records, so a changed limit can be recomputed.
CREATE TABLE contact_metrics (
  contact_id BIGINT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
  computed_at BIGINT NOT NULL,
  mono INTEGER,
  duration_ms BIGINT,
  agent_talk_ms BIGINT,
  customer_talk_ms BIGINT,
  talk_ratio {{REAL}},
  dead_air_ms BIGINT,
  longest_dead_air_ms BIGINT,
  overtalk_ms BIGINT,
  overtalk_share {{REAL}},
  longest_monologue_ms BIGINT,
  mean_response_ms BIGINT,
  first_response_ms BIGINT,
  longest_wait_ms BIGINT,
  agent_messages INTEGER,
  customer_messages INTEGER,
  reply_limit_ms BIGINT,
  within_limit_share {{REAL}}
);
-- How a sampling plan chose each contact: 'random' (the draw) or 'reserve' (the share kept for contacts matching the
-- plan's metric filter).
ALTER TABLE assignments ADD COLUMN chosen_by TEXT NOT NULL DEFAULT 'random';

-- ==== autoqa ====
-- A scorecard item's auto-QA rule (docs/formats/scorecard.md, "auto_rule"), as its JSON; NULL: none.
ALTER TABLE scorecard_items ADD COLUMN auto_rule TEXT;

-- What the rules suggested, one row per contact, scorecard version and item with an applicable rule. Kept apart from
-- the evaluations: no score ever reads it. evidence is a JSON list of {"message", "text", "start_ms", "end_ms"}.
CREATE TABLE auto_qa_suggestions (
  contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  scorecard_version_id BIGINT NOT NULL REFERENCES scorecard_versions(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  option_index INTEGER NOT NULL,
  passed INTEGER NOT NULL,
  measured {{REAL}},
  evidence TEXT NOT NULL,
  rule_fingerprint TEXT NOT NULL,
  checked_at BIGINT NOT NULL,
  PRIMARY KEY (contact_id, scorecard_version_id, item_key)
) {{WITHOUT_ROWID}};

-- Which contacts the rules of a scorecard version have looked at (also those where no rule applied), under which set
-- of rules: the coverage figures count these.
CREATE TABLE auto_qa_checks (
  contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  scorecard_version_id BIGINT NOT NULL REFERENCES scorecard_versions(id) ON DELETE CASCADE,
  rules_fingerprint TEXT NOT NULL,
  checked_at BIGINT NOT NULL,
  PRIMARY KEY (contact_id, scorecard_version_id)
) {{WITHOUT_ROWID}};

-- For each submitted evaluation's item that had a suggestion when it was submitted: what was suggested and whether
-- the evaluator's answer agreed, for the per-item agreement figures. chosen_option is NULL for N/A.
CREATE TABLE auto_qa_agreements (
  evaluation_id BIGINT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  suggested_option INTEGER NOT NULL,
  chosen_option INTEGER,
  agreed INTEGER NOT NULL,
  rule_fingerprint TEXT NOT NULL,
  PRIMARY KEY (evaluation_id, item_key)
) {{WITHOUT_ROWID}};
