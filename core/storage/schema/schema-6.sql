-- QA Desk workspace schema, step 6: conversation analytics and auto-QA.

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
-- On a team server set up before this step, contact_metrics follows its contact as recording_peaks does (GRANTs and
-- row-level security as in server/team-server.sql, which sets them up on new servers): a login reads and writes the
-- metrics of the contacts it may see, no others.
/*pg*/ DO $$ BEGIN IF EXISTS (SELECT 1 FROM schema_info WHERE key = 'team_server' AND value = '1') THEN
  GRANT INSERT, UPDATE, DELETE ON contact_metrics TO qadesk_evaluator, qadesk_lead, qadesk_agent; ALTER TABLE contact_metrics ENABLE ROW LEVEL SECURITY; CREATE POLICY visible_parent ON contact_metrics USING (EXISTS (SELECT 1 FROM contacts p WHERE p.id = contact_metrics.contact_id)); END IF; END $$;
