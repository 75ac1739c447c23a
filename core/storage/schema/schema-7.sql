-- QA Desk workspace schema, step 7: covering indexes for what counts a period's evaluations.
-- Reports and the disputes page group a year of evaluations by agent, team, evaluator, score band or scorecard version
-- (GROUP BY in SQL); with every column they filter and group by in the index, SQLite answers them from it without
-- reading the table. It replaces step 2's evaluations_month_summary, whose columns it holds in the same order after
-- status.
DROP INDEX evaluations_month_summary;
CREATE INDEX evaluations_period ON evaluations(submitted_at, superseded, kind, status, agent_id, team_id, evaluator_id,
                                               contact_id, scorecard_version_id, revision_of, score, critical_failed,
                                               seconds_spent);
-- The outcomes of a contact, for the KPI report's half a million lookups of evaluated contacts: a small index instead
-- of the wide contact rows.
CREATE INDEX contacts_outcomes ON contacts(id, csat, nps, fcr, handle_s);
