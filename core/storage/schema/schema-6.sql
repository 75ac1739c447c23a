-- QA Desk workspace schema, step 6: conversation analytics and auto-QA.

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
