-- QA Desk workspace schema, step 9: the conversation measures of each agent's contacts per month, so the KPI,
-- conversation and agent reports over whole months read one row an agent month instead of every contact and its
-- metrics. Unlike the evaluation aggregates, a month here is that of the contact's start in the workspace's time zone.

-- Per agent and month: the measured calls and chats (contact_metrics rows with a duration, or with a reply limit), and
-- for each mean the conversation table shows, the sum and the count of the contacts that have that measure. Every
-- write of contact_metrics moves its agent month's row by what it replaces (ConversationMetrics), in the same
-- transaction; `qadesk-cli check` recomputes the rows from the metrics (core/storage/Aggregates).
CREATE TABLE agent_month_conversations (
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  month INTEGER NOT NULL,
  calls INTEGER NOT NULL,
  chats INTEGER NOT NULL,
  dead_air_sum {{REAL}} NOT NULL, dead_air_count INTEGER NOT NULL,
  overtalk_sum {{REAL}} NOT NULL, overtalk_count INTEGER NOT NULL,
  talk_ratio_sum {{REAL}} NOT NULL, talk_ratio_count INTEGER NOT NULL,
  first_response_sum {{REAL}} NOT NULL, first_response_count INTEGER NOT NULL,
  longest_wait_sum {{REAL}} NOT NULL, longest_wait_count INTEGER NOT NULL,
  within_limit_sum {{REAL}} NOT NULL, within_limit_count INTEGER NOT NULL,
  PRIMARY KEY (agent_id, month)
) {{WITHOUT_ROWID}};
