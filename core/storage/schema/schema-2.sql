-- QA Desk workspace schema, step 2: the first screen reads a month of evaluations from one index alone, without
-- touching the table, so a workspace of a million evaluations opens at once even when nothing is cached.
-- Its leading column serves every lookup the step-1 index on submitted_at served.

CREATE INDEX evaluations_month_summary ON evaluations(submitted_at, superseded, kind, agent_id, team_id, score, critical_failed);

DROP INDEX evaluations_submitted;

-- The evaluation queue looks up each contact's assignment.
CREATE INDEX assignments_contact ON assignments(contact_id);
