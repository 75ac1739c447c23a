-- QA Desk workspace schema, step 1. Portable SQL with dialect tokens that SqlDialect fills in:
-- {{PK}} an auto-numbered 64-bit primary key, {{REAL}} a double, {{BLOB}} bytes, {{WITHOUT_ROWID}} SQLite's
-- clustered-table clause. A statement starting /*sqlite*/ or /*pg*/ runs only on that dialect.
-- Times are BIGINT milliseconds since the epoch (UTC); calendar dates are TEXT 'YYYY-MM-DD'; flags are INTEGER 0/1.

CREATE TABLE schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE teams (
  id {{PK}},
  name TEXT NOT NULL UNIQUE,
  site TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agents (
  id {{PK}},
  employee_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  team_id BIGINT REFERENCES teams(id),
  hire_date TEXT,
  active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX agents_team ON agents(team_id);

CREATE TABLE users (
  id {{PK}},
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  agent_id BIGINT REFERENCES agents(id),
  active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE contacts (
  id {{PK}},
  channel TEXT NOT NULL,
  external_id TEXT NOT NULL,
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  started_at BIGINT NOT NULL,
  duration_s INTEGER NOT NULL,
  direction TEXT NOT NULL,
  queue TEXT NOT NULL DEFAULT '',
  handle_s INTEGER,
  hold_s INTEGER,
  acw_s INTEGER,
  fcr INTEGER,
  csat INTEGER,
  nps INTEGER,
  UNIQUE (channel, external_id)
);
CREATE INDEX contacts_agent_time ON contacts(agent_id, started_at);
CREATE INDEX contacts_time ON contacts(started_at);

CREATE TABLE recordings (
  contact_id BIGINT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  duration_ms BIGINT NOT NULL DEFAULT 0,
  channels INTEGER NOT NULL DEFAULT 1,
  agent_channel INTEGER NOT NULL DEFAULT 0
);

-- Waveform peaks computed from a recording, kept so reopening a call draws at once. The source size and
-- modification time tell when the file changed and the cache is stale.
CREATE TABLE recording_peaks (
  contact_id BIGINT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
  source_size BIGINT NOT NULL,
  source_mtime BIGINT NOT NULL,
  bins_per_second INTEGER NOT NULL,
  channels INTEGER NOT NULL,
  data {{BLOB}} NOT NULL
);

CREATE TABLE chat_messages (
  contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  sent_at BIGINT NOT NULL,
  sender TEXT NOT NULL,
  sender_name TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  PRIMARY KEY (contact_id, seq)
) {{WITHOUT_ROWID}};

CREATE TABLE scorecards (
  id {{PK}},
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  channel TEXT,
  retired INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE scorecard_versions (
  id {{PK}},
  scorecard_id BIGINT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  published_at BIGINT,
  published_by TEXT NOT NULL DEFAULT '',
  change_note TEXT NOT NULL DEFAULT '',
  UNIQUE (scorecard_id, number)
);

CREATE TABLE scorecard_sections (
  id {{PK}},
  version_id BIGINT NOT NULL REFERENCES scorecard_versions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  weight {{REAL}}
);
CREATE INDEX scorecard_sections_version ON scorecard_sections(version_id, position);

CREATE TABLE scorecard_items (
  id {{PK}},
  section_id BIGINT NOT NULL REFERENCES scorecard_sections(id) ON DELETE CASCADE,
  version_id BIGINT NOT NULL REFERENCES scorecard_versions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item_key TEXT NOT NULL,
  question TEXT NOT NULL,
  guidance TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  max_points {{REAL}} NOT NULL,
  na_allowed INTEGER NOT NULL DEFAULT 0,
  comment_required_on_fail INTEGER NOT NULL DEFAULT 0,
  critical_scope TEXT NOT NULL DEFAULT 'none',
  UNIQUE (version_id, item_key)
);
CREATE INDEX scorecard_items_section ON scorecard_items(section_id, position);

CREATE TABLE scorecard_options (
  item_id BIGINT NOT NULL REFERENCES scorecard_items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  points {{REAL}} NOT NULL,
  fails INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (item_id, position)
) {{WITHOUT_ROWID}};

CREATE TABLE calibration_sessions (
  id {{PK}},
  title TEXT NOT NULL,
  contact_id BIGINT NOT NULL REFERENCES contacts(id),
  scorecard_version_id BIGINT NOT NULL REFERENCES scorecard_versions(id),
  reference_evaluation_id BIGINT,
  scheduled_at BIGINT,
  revealed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE calibration_participants (
  session_id BIGINT NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users(id),
  PRIMARY KEY (session_id, user_id)
) {{WITHOUT_ROWID}};

CREATE TABLE evaluations (
  id {{PK}},
  contact_id BIGINT NOT NULL REFERENCES contacts(id),
  scorecard_version_id BIGINT NOT NULL REFERENCES scorecard_versions(id),
  evaluator_id BIGINT NOT NULL REFERENCES users(id),
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  team_id BIGINT REFERENCES teams(id),
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  calibration_session_id BIGINT REFERENCES calibration_sessions(id),
  revision_of BIGINT REFERENCES evaluations(id),
  superseded INTEGER NOT NULL DEFAULT 0,
  overall_comment TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  submitted_at BIGINT,
  submitted_by TEXT NOT NULL DEFAULT '',
  seconds_spent INTEGER NOT NULL DEFAULT 0,
  score {{REAL}},
  raw_score {{REAL}},
  critical_failed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evaluations_submitted ON evaluations(submitted_at);
CREATE INDEX evaluations_agent ON evaluations(agent_id, submitted_at);
CREATE INDEX evaluations_evaluator ON evaluations(evaluator_id, submitted_at);
CREATE INDEX evaluations_contact ON evaluations(contact_id);

-- points and failed are copied from the chosen option so analysis needs no join to the form.
CREATE TABLE evaluation_answers (
  evaluation_id BIGINT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
  item_id BIGINT NOT NULL REFERENCES scorecard_items(id),
  option_index INTEGER,
  na INTEGER NOT NULL DEFAULT 0,
  points {{REAL}},
  failed INTEGER NOT NULL DEFAULT 0,
  comment TEXT NOT NULL DEFAULT '',
  anchor_ms BIGINT,
  anchor_message INTEGER,
  PRIMARY KEY (evaluation_id, item_id)
) {{WITHOUT_ROWID}};

CREATE TABLE annotations (
  id {{PK}},
  evaluation_id BIGINT NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
  anchor_ms BIGINT,
  anchor_message INTEGER,
  body TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX annotations_evaluation ON annotations(evaluation_id);

CREATE TABLE sampling_plans (
  id {{PK}},
  name TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  rule_json TEXT NOT NULL,
  seed BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);

CREATE TABLE assignments (
  id {{PK}},
  plan_id BIGINT REFERENCES sampling_plans(id) ON DELETE CASCADE,
  contact_id BIGINT NOT NULL REFERENCES contacts(id),
  evaluator_id BIGINT NOT NULL REFERENCES users(id),
  due TEXT,
  evaluation_id BIGINT REFERENCES evaluations(id)
);
CREATE INDEX assignments_evaluator ON assignments(evaluator_id);
CREATE INDEX assignments_plan ON assignments(plan_id);
CREATE INDEX assignments_due ON assignments(due);

CREATE TABLE coaching_sessions (
  id {{PK}},
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  coach_id BIGINT NOT NULL REFERENCES users(id),
  held_at BIGINT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  acknowledgement TEXT NOT NULL DEFAULT 'pending',
  acknowledgement_note TEXT NOT NULL DEFAULT '',
  follow_up TEXT
);
CREATE INDEX coaching_sessions_agent ON coaching_sessions(agent_id, held_at);

CREATE TABLE coaching_focus_items (
  session_id BIGINT NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  item_key TEXT NOT NULL,
  PRIMARY KEY (session_id, position)
) {{WITHOUT_ROWID}};

CREATE TABLE coaching_evaluations (
  session_id BIGINT NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
  evaluation_id BIGINT NOT NULL REFERENCES evaluations(id),
  PRIMARY KEY (session_id, evaluation_id)
) {{WITHOUT_ROWID}};

CREATE TABLE action_items (
  id {{PK}},
  session_id BIGINT NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  body TEXT NOT NULL,
  due TEXT,
  done INTEGER NOT NULL DEFAULT 0,
  done_at BIGINT
);
CREATE INDEX action_items_session ON action_items(session_id, position);

CREATE TABLE disputes (
  id {{PK}},
  evaluation_id BIGINT NOT NULL REFERENCES evaluations(id),
  item_key TEXT NOT NULL DEFAULT '',
  raised_by BIGINT NOT NULL REFERENCES users(id),
  raised_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  resolved_by BIGINT REFERENCES users(id),
  resolved_at BIGINT,
  resolution_note TEXT NOT NULL DEFAULT '',
  revision_id BIGINT REFERENCES evaluations(id)
);
CREATE INDEX disputes_evaluation ON disputes(evaluation_id);
CREATE INDEX disputes_status ON disputes(status);

CREATE TABLE audit_log (
  id {{PK}},
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

-- The audit log is append-only: the database itself refuses to change or delete an entry.
/*sqlite*/ CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
/*sqlite*/ CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
/*pg*/ CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
/*pg*/ CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
