-- QA Desk workspace schema, step 8: per-month aggregates for the team, KPI and calibration reports, and a covering
-- index for the contacts' outcomes by agent. Like step 6's, the aggregates count the latest revision of each submitted evaluation
-- outside calibration, by its submission month in the workspace's time zone; they are rewritten in the transaction of
-- every write that changes what is counted (core/storage/Aggregates) and `qadesk-cli check` recomputes them.

-- The lowest and highest score of an agent month (NULL where nothing is scored) and its newest submission and
-- evaluation id, so that a team report over whole months reads them here instead of from every evaluation; the newest
-- gives the agent's team in the period (that of the latest evaluation).
ALTER TABLE agent_months ADD COLUMN score_lowest {{REAL}};
ALTER TABLE agent_months ADD COLUMN score_highest {{REAL}};
ALTER TABLE agent_months ADD COLUMN latest_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE agent_months ADD COLUMN latest_id BIGINT NOT NULL DEFAULT 0;

-- The item and team reports sum a period's item rows by month, team and item: with the sums in the index, SQLite reads
-- the index alone instead of looking up each row.
DROP INDEX agent_month_items_month;
CREATE INDEX agent_month_items_month ON agent_month_items(month, team_id, item_id, answered, failed, latest_at);

-- The outcomes of the evaluated contacts with a score, by the score band of the evaluation (0 to 4: scoreBands() in
-- core/scoring/ScoreBands) and the agent's team when evaluated: how many, how many satisfied (CSAT 4–5), promoters
-- (NPS 9–10), detractors (NPS 0–6) and resolved at first contact; and for each outcome (csat, nps, fcr, handle) the
-- sums Pearson's r needs between the score in points (0..100) and that outcome, over the contacts where it is known:
-- pairs, Σ score, Σ outcome, Σ score², Σ outcome², Σ score × outcome. A contact's outcomes never change once imported.
CREATE TABLE agent_month_outcomes (
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  month INTEGER NOT NULL,
  team_id BIGINT NOT NULL,
  band INTEGER NOT NULL,
  contacts INTEGER NOT NULL,
  satisfied INTEGER NOT NULL,
  promoters INTEGER NOT NULL,
  detractors INTEGER NOT NULL,
  fcr_resolved INTEGER NOT NULL,
  csat_pairs INTEGER NOT NULL, csat_score_sum {{REAL}} NOT NULL, csat_sum {{REAL}} NOT NULL,
  csat_score_squares {{REAL}} NOT NULL, csat_squares {{REAL}} NOT NULL, csat_products {{REAL}} NOT NULL,
  nps_pairs INTEGER NOT NULL, nps_score_sum {{REAL}} NOT NULL, nps_sum {{REAL}} NOT NULL,
  nps_score_squares {{REAL}} NOT NULL, nps_squares {{REAL}} NOT NULL, nps_products {{REAL}} NOT NULL,
  fcr_pairs INTEGER NOT NULL, fcr_score_sum {{REAL}} NOT NULL, fcr_sum {{REAL}} NOT NULL,
  fcr_score_squares {{REAL}} NOT NULL, fcr_squares {{REAL}} NOT NULL, fcr_products {{REAL}} NOT NULL,
  handle_pairs INTEGER NOT NULL, handle_score_sum {{REAL}} NOT NULL, handle_sum {{REAL}} NOT NULL,
  handle_score_squares {{REAL}} NOT NULL, handle_squares {{REAL}} NOT NULL, handle_products {{REAL}} NOT NULL,
  PRIMARY KEY (band, month, team_id, agent_id)
) {{WITHOUT_ROWID}};
-- Kept in band order: the KPI report sums the whole centre's rows of a period by band as they come, in one pass. A
-- team's rows, and the team report's counts by band, come from the month index (alone, for the counts); an agent
-- month's, which every write rewrites, from the agent index.
CREATE INDEX agent_month_outcomes_month ON agent_month_outcomes(month, team_id, band, contacts);
CREATE INDEX agent_month_outcomes_agent ON agent_month_outcomes(agent_id, month);

-- Each evaluator's evaluations of an agent in a month: how many, the scored ones and their sum, those with the time
-- spent recorded and its seconds; and how far the scores stand from the other evaluators' mean score of that agent
-- that month: for n scores summing to s in an agent month of N scores summing to S, the scores compared are n when
-- other evaluators scored there (N > n, otherwise 0), their deviations sum to s − n · (S − s) / (N − n). Kept in
-- evaluator order: the evaluator and calibration reports sum a period's rows by evaluator.
CREATE TABLE agent_month_evaluators (
  agent_id BIGINT NOT NULL REFERENCES agents(id),
  month INTEGER NOT NULL,
  evaluator_id BIGINT NOT NULL REFERENCES users(id),
  evaluations INTEGER NOT NULL,
  scored INTEGER NOT NULL,
  score_sum {{REAL}} NOT NULL,
  timed INTEGER NOT NULL,
  seconds BIGINT NOT NULL,
  compared INTEGER NOT NULL,
  deviation_sum {{REAL}} NOT NULL,
  PRIMARY KEY (evaluator_id, month, agent_id)
) {{WITHOUT_ROWID}};
CREATE INDEX agent_month_evaluators_agent ON agent_month_evaluators(agent_id, month);

-- The KPI report and the agent pages sum the outcomes of an agent's contacts in a period: with them in the index,
-- SQLite reads the index alone instead of every contact row. It holds step 1's contacts_agent_time as its start.
DROP INDEX contacts_agent_time;
CREATE INDEX contacts_agent_outcomes ON contacts(agent_id, started_at, csat, nps, fcr, handle_s);
