-- QA Desk workspace schema, step 5: calibration sessions. A session names who organised it (they may reveal it before
-- everyone has submitted), the participant whose scoring is the reference (the expert; none: the consensus), and the
-- draft scorecard version its clarified guidance went into. Each item of a session keeps its discussion note and the
-- answer the participants agreed on (the answer key): an option of the item, N/A, or none yet.

ALTER TABLE calibration_sessions ADD COLUMN organiser_id BIGINT REFERENCES users(id);
ALTER TABLE calibration_sessions ADD COLUMN reference_user_id BIGINT REFERENCES users(id);
ALTER TABLE calibration_sessions ADD COLUMN draft_version_id BIGINT REFERENCES scorecard_versions(id);
ALTER TABLE calibration_sessions ADD COLUMN created_at BIGINT;

CREATE TABLE calibration_items (
  session_id BIGINT NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  agreed_option INTEGER,
  agreed_na INTEGER NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (session_id, item_key)
) {{WITHOUT_ROWID}};

CREATE INDEX evaluations_calibration ON evaluations(calibration_session_id);
